package org.comity.funding;

import java.math.BigDecimal;

/**
 * What one donor gave one CEB entity in one calendar year, of one type (USD). {@code donor} is the name as
 * CEB writes it (footnote marks removed); {@code state} its ISO alpha-3 code when known; {@code government}
 * false for the non-state entries CEB lists among government donors (refunds, JPO programme...).
 */
public record Contribution(int year, String entity, String org, String donor, String state, boolean government,
                           RevenueType type, BigDecimal usd, String source) {}
