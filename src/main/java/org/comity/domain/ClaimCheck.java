package org.comity.domain;

import java.util.List;
import java.util.Map;

/**
 * How one claim of {@code claims.csv} is checked (a row of {@code claim-checks.csv}): the kind of check,
 * its parameters (as the method declares them), the comparison with the claimed figure and its
 * tolerance, the definition in words (which year, which donors, which denominator), and the pages the
 * comparison rests on (the claim's own, and the CEB statistics for a funding figure).
 */
public record ClaimCheck(String claim, CheckMethod method, Map<String, String> params, Comparison compare,
                         String tolerance, String definition, List<String> sources) implements Sourced {

    public ClaimCheck {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        sources = List.copyOf(sources);
    }

    /** A parameter's value, or null when the row leaves it out. */
    public String param(String key) {
        return params.get(key);
    }
}
