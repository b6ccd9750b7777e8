package org.comity.funding;

import java.util.List;
import java.util.Map;

/**
 * How one claim is checked (a row of {@code data/claim-checks.csv}): a method, its parameters
 * ({@code key=value;key=value}), the comparison with the expected figure, the tolerance, and the
 * definition in words — which year, which donors, which denominator — and the pages the comparison
 * rests on (the claim's own, and the CEB statistics for a funding figure).
 */
public record ClaimCheck(String claim, String method, Map<String, String> params, String compare, String tolerance,
                         String definition, List<String> sources) {

    public String param(String key) {
        return params.get(key);
    }
}
