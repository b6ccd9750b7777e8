package org.comity.funding;

import java.math.BigDecimal;

/**
 * An amount in USD received by one CEB entity in one calendar year, of one type: a line of its total
 * revenue, or of the total it received from government donors. {@code org} is the Comity organization the
 * entity is mapped to (null when unmapped); {@code source} the file or URL the figure comes from.
 */
public record EntityAmount(int year, String entity, String org, RevenueType type, BigDecimal usd, String source) {}
