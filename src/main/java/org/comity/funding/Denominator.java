package org.comity.funding;

import java.util.Locale;
import org.comity.domain.Coded;
import org.comity.query.BadInputException;

/** What a share is a share of: every government donor's contributions, or the organization's total revenue. */
public enum Denominator implements Coded {
    GOVERNMENT_DONORS, TOTAL_REVENUE;

    /** The denominator a user or a claim check names: {@code revenue} (the default) or {@code government}. */
    public static Denominator parse(String text) {
        if (text == null || text.isBlank()) return TOTAL_REVENUE;
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "revenue": case "total-revenue": return TOTAL_REVENUE;
            case "government": case "government-donors": return GOVERNMENT_DONORS;
            default: throw new BadInputException("denominator '" + text + "' is not one of revenue|government");
        }
    }
}
