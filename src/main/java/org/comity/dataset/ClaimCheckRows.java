package org.comity.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.comity.domain.CheckMethod;
import org.comity.domain.ClaimCheck;
import org.comity.domain.Coded;
import org.comity.domain.Comparison;
import org.comity.domain.Section;

/**
 * A row of {@code claim-checks.csv} read and written: the method must be one Comity runs, its parameters
 * the ones that method declares ({@link CheckMethod}), each well formed (a day, a year, one of a few
 * words), and a numeric comparison must have a tolerance it can use. Whether the organizations, states
 * and instruments it names exist is the validator's to say, with the rest of the references.
 */
final class ClaimCheckRows {

    private ClaimCheckRows() {}

    static List<String> cells(ClaimCheck k) {
        String params = k.params().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        return java.util.Arrays.asList(k.claim(), k.method().code(), params, k.compare().code(), Tables.cell(k.tolerance()),
                Tables.cell(k.toleranceZh()), k.definition(), Tables.cell(k.definitionZh()), Tables.cell(k.sources()));
    }

    static ClaimCheck parse(Row r) {
        String claim = r.required("claim");
        CheckMethod method = r.requiredCode("method", CheckMethod.class);
        Map<String, String> params = params(r, method);
        Comparison compare = r.requiredCode("compare", Comparison.class);
        String tolerance = r.text("tolerance");
        tolerance(r, compare, tolerance);
        return new ClaimCheck(claim, method, params, compare, tolerance, r.text("tolerance_zh"), r.required("definition"),
                r.text("definition_zh"), r.list("sources"));
    }

    private static Map<String, String> params(Row r, CheckMethod method) {
        Map<String, String> out = new LinkedHashMap<>();
        String text = r.text("params");
        for (String kv : text == null ? new String[0] : text.split(";")) {
            if (kv.isBlank()) continue;
            int eq = kv.indexOf('=');
            if (eq < 0) throw r.problem("params", kv, "'" + kv.trim() + "' is not key=value");
            String key = kv.substring(0, eq).trim();
            String value = kv.substring(eq + 1).trim();
            CheckMethod.Param p = method.param(key);
            if (p == null) {
                throw r.problem("params", key, "'" + key + "' is not a parameter of " + method.code() + " (it takes "
                        + method.params().stream().map(CheckMethod.Param::name).collect(Collectors.joining(", ")) + ")");
            }
            if (out.put(key, value) != null) throw r.problem("params", key, "'" + key + "' is given twice");
            String wrong = wrong(p.kind(), value);
            if (wrong != null) throw r.problem("params", value, key + " '" + value + "' " + wrong);
        }
        for (CheckMethod.Param p : method.params()) {
            if (p.required() && !out.containsKey(p.name())) {
                throw r.problem("params", "", method.code() + " needs " + p.name() + "=...");
            }
        }
        return out;
    }

    /** What is wrong with a value of this kind, or null when it is well formed (references are checked later). */
    private static String wrong(CheckMethod.Kind kind, String v) {
        if (v.isEmpty()) return "is empty";
        switch (kind) {
            case DAY: return day(v) ? null : "is not a day (YYYY-MM-DD)";
            case YEAR: return v.matches("\\d{4}") ? null : "is not a year (YYYY)";
            case YEARS: return v.matches("\\d{4}(\\s*,\\s*\\d{4})*") ? null : "is not a list of years (YYYY,YYYY)";
            case SECTION: return oneOf(Section.class, v);
            case DENOMINATOR:
            case REVENUE_TYPES:
            case YES_NO: return kind.choices().contains(v) ? null : "is not one of " + String.join("|", kind.choices());
            case ALTERNATIVES:
                for (String alt : v.split("\\|")) {
                    String[] p = alt.trim().split(":");
                    if (p.length != 2 || !p[0].matches("\\d{4}") || !CheckMethod.Kind.DENOMINATOR.choices().contains(p[1])) {
                        return "is not a list of YEAR:DENOMINATOR (" + String.join("|", CheckMethod.Kind.DENOMINATOR.choices()) + ")";
                    }
                }
                return null;
            default: return null;
        }
    }

    private static boolean day(String v) {
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static <E extends Enum<E> & Coded> String oneOf(Class<E> type, String v) {
        try {
            Coded.parse(type, v);
            return null;
        } catch (IllegalArgumentException e) {
            return "is not one of " + Coded.codes(type);
        }
    }

    /** {@code about} needs a number or N%; {@code range} needs LOW..HIGH. Other comparisons describe theirs in words. */
    private static void tolerance(Row r, Comparison compare, String tolerance) {
        String t = tolerance == null ? "" : tolerance;
        boolean ok = switch (compare) {
            case ABOUT -> number(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
            case RANGE -> t.split("\\.\\.").length == 2 && number(t.split("\\.\\.")[0]) && number(t.split("\\.\\.")[1]);
            default -> true;
        };
        if (!ok) {
            throw r.problem("tolerance", t, compare == Comparison.RANGE ? "a range needs its bounds as LOW..HIGH"
                    : "'about' needs a tolerance: a number or N%");
        }
    }

    private static boolean number(String s) {
        try {
            new BigDecimal(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
