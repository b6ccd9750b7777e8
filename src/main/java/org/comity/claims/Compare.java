package org.comity.claims;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.comity.domain.ClaimCheck;

/** How computed figures are compared with claimed ones, and the rows a computation read. */
final class Compare {

    private Compare() {}

    /** A computed number against the claimed one, by the check's comparison and tolerance. */
    static boolean numbers(BigDecimal computed, String expected, ClaimCheck k) {
        String tol = k.tolerance() == null ? "" : k.tolerance().trim();
        return switch (k.compare()) {
            case MORE_THAN -> computed.compareTo(new BigDecimal(expected.trim())) > 0;
            case RANGE -> {
                String[] p = tol.split("\\.\\.");
                yield computed.compareTo(new BigDecimal(p[0].trim())) >= 0 && computed.compareTo(new BigDecimal(p[1].trim())) <= 0;
            }
            case ABOUT -> {
                BigDecimal e = new BigDecimal(expected.trim());
                BigDecimal allowed = tol.endsWith("%")
                        ? e.abs().multiply(new BigDecimal(tol.substring(0, tol.length() - 1))).movePointLeft(2)
                        : new BigDecimal(tol.isEmpty() ? "0" : tol);
                yield computed.subtract(e).abs().compareTo(allowed) <= 0;
            }
            case EQUAL -> computed.compareTo(new BigDecimal(expected.trim())) == 0;
        };
    }

    /** Dates agree to the coarser of the two precisions: "2025-02" matches 2025-02-04. */
    static boolean sameDate(String a, String b) {
        String x = a.trim();
        String y = b.trim();
        return x.startsWith(y) || y.startsWith(x);
    }

    /** A row of a dataset file that a computation read: file, key, column, value. */
    static Map<String, Object> row(String file, String key, String column, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("key", key);
        m.put("column", column);
        m.put("value", value);
        return m;
    }
}
