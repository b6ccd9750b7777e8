package org.comity.funding;

import java.math.BigDecimal;

/**
 * One figure of what a donor paid an organization, as a government or a body reported it (one row of
 * {@code mappings/us-contributions.csv}). {@code fiscalYear} is the donor's fiscal year (FY2023 = Oct 2022 to
 * Sep 2023 for the US) when {@code period} is fiscal, the calendar year when it is calendar.
 */
public record UsFigure(String org, String donor, int fiscalYear, FigurePeriod period, FigureType type, BigDecimal amountUsd,
                       String document, String table, java.util.List<String> sources, int line) {

    /** How the figure's year reads: {@code FY2023} or {@code calendar 2023}. */
    public String yearLabel() {
        return period.label(fiscalYear);
    }
}
