package org.comity.domain;

import java.util.List;
import java.util.Map;

/**
 * How one claim of {@code claims.csv} is checked (a row of {@code claim-checks.csv}): the kind of check,
 * its parameters (as the method declares them), the comparison with the claimed figure and its
 * tolerance, the definition in words (which year, which donors, which denominator), and the pages the
 * comparison rests on (the claim's own, and the CEB statistics for a funding figure). The tolerance and
 * the definition are ours, so each has its Chinese beside it ({@code toleranceZh}, {@code definitionZh};
 * null where not written: the Chinese site then shows the English, marked as English).
 */
public record ClaimCheck(String claim, CheckMethod method, Map<String, String> params, Comparison compare,
                         String tolerance, String toleranceZh, String definition, String definitionZh,
                         List<String> sources) implements Sourced {

    public ClaimCheck {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        sources = List.copyOf(sources);
    }

    /** The tolerance in the language asked for ({@code zh}: the Chinese where written), or null when there is none. */
    public String tolerance(boolean zh) {
        return zh && toleranceZh != null ? toleranceZh : tolerance;
    }

    /** The definition in the language asked for ({@code zh}: the Chinese where written). */
    public String definition(boolean zh) {
        return zh && definitionZh != null ? definitionZh : definition;
    }

    /** A parameter's value, or null when the row leaves it out. */
    public String param(String key) {
        return params.get(key);
    }
}
