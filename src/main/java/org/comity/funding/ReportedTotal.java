package org.comity.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * A total a source table states for itself (one row of {@code mappings/us-reported-totals.csv}): an account's
 * appropriation or a table's sum line, against which the per-organization figures taken from the same
 * document are reconciled.
 */
public record ReportedTotal(String document, String table, int year, FigurePeriod period, String account, String measure, BigDecimal amountUsd,
                            List<String> sources, int line) {

    public String yearLabel() {
        return period.label(year);
    }
}
