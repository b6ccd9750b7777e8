package org.comity.funding;

import java.util.Map;

/**
 * How one claim is checked (a row of {@code data/claim-checks.csv}): a method, its parameters
 * ({@code key=value;key=value}), the comparison with the expected figure, the tolerance, and the
 * definition in words — which year, which donors, which denominator.
 */
public record ClaimCheck(String claim, String method, Map<String, String> params, String compare, String tolerance,
                         String definition) {

    public String param(String key) {
        return params.get(key);
    }
}
