package org.comity.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the imported figures against the totals their own documents state: the per-donor figures of a
 * document plus the lines it names for contributors that are not states must add up to the document's stated
 * total (within the rounding of that total), and a body's revenue lines must add up to its total revenue
 * (within one unit per line, as statements round each line). Pure: returns one result per total checked.
 */
public final class Reconciliation {

    /** One stated total against what was imported from the same document. */
    public record Result(String document, String what, BigDecimal stated, BigDecimal imported, BigDecimal tolerance, boolean agrees) {}

    public static final String STATED_TOTAL = "stated total";
    public static final String OF_WHICH = "of which";
    static final List<String> REVENUE_LINES = List.of("member-contributions", "other-contributions", "investment-revenue", "other-revenue");

    private Reconciliation() {}

    public static List<Result> check(UsReporting us) {
        List<Result> out = new ArrayList<>();
        Map<String, BigDecimal> byDocument = us.sumByDocument();
        for (ReportedTotal t : us.totals()) {
            if (!t.measure().startsWith(STATED_TOTAL)) continue;
            BigDecimal imported = byDocument.getOrDefault(t.document(), BigDecimal.ZERO);
            for (ReportedTotal part : us.totals()) {
                if (part.document().equals(t.document()) && part.account().startsWith(OF_WHICH)) imported = imported.add(part.amountUsd());
            }
            BigDecimal tolerance = halfOfLastDigit(t.amountUsd());
            out.add(new Result(t.document(), t.account(), t.amountUsd(), imported, tolerance,
                    t.amountUsd().subtract(imported).abs().compareTo(tolerance) <= 0));
        }
        Map<String, List<BodyBudget>> byYear = new LinkedHashMap<>();
        for (BodyBudget b : us.budgets()) byYear.computeIfAbsent(b.org() + " " + b.yearLabel() + " " + b.currency(), k -> new ArrayList<>()).add(b);
        for (var e : byYear.entrySet()) {
            BodyBudget revenue = e.getValue().stream().filter(b -> b.measure().equals("revenue")).findFirst().orElse(null);
            List<BodyBudget> lines = e.getValue().stream().filter(b -> REVENUE_LINES.contains(b.measure())).toList();
            if (revenue == null || lines.isEmpty()) continue;
            BigDecimal sum = lines.stream().map(BodyBudget::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal tolerance = BigDecimal.valueOf(lines.size());
            out.add(new Result(revenue.document(), e.getKey() + " total revenue", revenue.amount(), sum, tolerance,
                    revenue.amount().subtract(sum).abs().compareTo(tolerance) <= 0));
        }
        return out;
    }

    /** A total stated as 6 160 000 ("about USD 6.16 million") is exact to half its last significant digit: 5 000. */
    static BigDecimal halfOfLastDigit(BigDecimal total) {
        BigDecimal stripped = total.stripTrailingZeros();
        int zeros = -stripped.scale();
        if (zeros <= 0) return BigDecimal.ZERO;
        return BigDecimal.TEN.pow(zeros).divide(BigDecimal.valueOf(2));
    }
}
