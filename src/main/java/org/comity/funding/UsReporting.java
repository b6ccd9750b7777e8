package org.comity.funding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The second funding source: what governments reported paying each organization (US reporting), what the
 * bodies' own accounts say, the totals the source tables state for themselves, and the register of every
 * document searched. Curated under {@code data/mappings/} and read by {@link UsReportingFiles}. Pure.
 */
public record UsReporting(List<UsFigure> figures, List<BodyBudget> budgets, List<ReportedTotal> totals, List<UsDocument> documents) {

    public static UsReporting empty() {
        return new UsReporting(List.of(), List.of(), List.of(), List.of());
    }

    /** The figures a donor reported for an organization in one fiscal or calendar year, in file order. */
    public List<UsFigure> figuresOf(String org, String donor, int year, FigurePeriod period) {
        List<UsFigure> out = new ArrayList<>();
        for (UsFigure f : figures) {
            if (f.org().equals(org) && f.donor().equals(donor) && f.fiscalYear() == year && f.period() == period) out.add(f);
        }
        return out;
    }

    /** The body's own figures for an organization, every year, in file order. */
    public List<BodyBudget> budgetsOf(String org) {
        return budgets.stream().filter(b -> b.org().equals(org)).toList();
    }

    public UsDocument document(String id) {
        for (UsDocument d : documents) if (d.id().equals(id)) return d;
        return null;
    }

    /** The documents searched whose tables could not be read (whole or in part): what is missing. */
    public List<UsDocument> missing() {
        return documents.stream().filter(d -> !d.status().equals("read")).toList();
    }

    /** Sum of the per-organization figures taken from each document, by document id (for reconciliation). */
    public Map<String, java.math.BigDecimal> sumByDocument() {
        Map<String, java.math.BigDecimal> out = new LinkedHashMap<>();
        for (UsFigure f : figures) out.merge(f.document(), f.amountUsd(), java.math.BigDecimal::add);
        return out;
    }

    /** Whose document a figure comes from ({@code us-government}, {@code body}, ...); null for an unregistered id. */
    public String sideOf(String documentId) {
        UsDocument d = document(documentId);
        return d == null ? null : d.side();
    }
}
