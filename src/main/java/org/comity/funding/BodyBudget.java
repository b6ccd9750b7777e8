package org.comity.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure from a body's own accounts or budget decision (one row of {@code mappings/body-budgets.csv}):
 * its budget, revenue or member states' assessed contributions for a year, in the currency the body reports,
 * with the US assessed share when the document states one (null when it does not).
 */
public record BodyBudget(String org, int year, FigurePeriod period, String measure, BigDecimal amount, String currency,
                         BigDecimal usShare, String document, String table, List<String> sources, int line) {

    public String yearLabel() {
        return period.label(year);
    }
}
