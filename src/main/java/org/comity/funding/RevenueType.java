package org.comity.funding;

import java.util.Locale;
import org.comity.domain.Coded;

/**
 * The four kinds of money CEB distinguishes (its rev_types_mapping.csv categories): assessed contributions,
 * voluntary core (un-earmarked), voluntary earmarked (non-core), and revenue from other activities.
 */
public enum RevenueType implements Coded {
    ASSESSED, VOLUNTARY_CORE, VOLUNTARY_EARMARKED, OTHER;

    /**
     * The type a CEB label names: a rev_type label ("Assessed Contributions", "Voluntary core (un-earmarked)
     * contributions", "Voluntary non-core (earmarked) contributions", "Revenue from other activities") or a
     * 4-way category ("Assessed", "Voluntary un-earmarked", "Voluntary earmarked", "Other"); null when neither.
     * CEB spells these with drifting case, so the match ignores it.
     */
    public static RevenueType fromCebLabel(String label) {
        if (label == null) return null;
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.equals("assessed") || l.startsWith("assessed contribution")) return ASSESSED;
        if (l.equals("voluntary un-earmarked") || l.startsWith("voluntary core")) return VOLUNTARY_CORE;
        if (l.equals("voluntary earmarked") || l.startsWith("voluntary non-core")) return VOLUNTARY_EARMARKED;
        if (l.equals("other") || l.startsWith("revenue from other")) return OTHER;
        return null;
    }

    /** The column-name form used in answers and extract files: {@code voluntary_core_usd}. */
    public String field() {
        return name().toLowerCase(Locale.ROOT) + "_usd";
    }
}
