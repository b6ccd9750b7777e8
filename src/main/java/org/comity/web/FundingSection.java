package org.comity.web;

import static org.comity.web.Html.esc;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comity.api.FundingShapes;
import org.comity.api.Json;
import org.comity.domain.Instrument;
import org.comity.domain.Organization;
import org.comity.funding.Denominator;
import org.comity.funding.FundingData;
import org.comity.funding.FundingQueries;
import org.comity.funding.Impact;
import org.comity.funding.ImpactQuestion;
import org.comity.funding.RevenueType;
import org.comity.funding.TypedAmounts;
import org.comity.funding.Usd;
import org.comity.snapshot.Snapshot;

/** Money on the pages: an organization's revenue and the US part of it by year; an act's funding at risk. */
final class FundingSection {

    private FundingSection() {}

    /** Revenue by year and type, with the US amount and its share of total revenue (the denominator said). */
    static void organization(StringBuilder b, Lang lang, Snapshot s, FundingData d, Organization o, String donor) {
        Map<Integer, TypedAmounts> revenue = FundingQueries.revenueByYear(d, o.id());
        b.append("<h2>").append(esc(Messages.t(lang, "funding"))).append("</h2>");
        if (revenue.isEmpty()) {
            b.append("<p class=\"note\">").append(esc(Messages.t(lang, "funding.none"))).append("</p>");
            return;
        }
        b.append("<p class=\"note\">").append(esc(Messages.t(lang, "funding.note"))).append("</p>");
        List<String> years = new ArrayList<>();
        List<Double> donorMillions = new ArrayList<>();
        List<Double> otherMillions = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        revenue.forEach((year, rev) -> {
            Impact.Answer a = ImpactQuestion.ofOrganization(o.id(), List.of(donor), year).answer(d, s);
            BigDecimal fromDonor = a.rows().isEmpty() ? null : a.rows().get(0).fromDonors().total();
            Double share = a.rows().isEmpty() || a.rows().get(0).share() == null ? null : a.rows().get(0).share().value();
            years.add(String.valueOf(year));
            donorMillions.add(fromDonor == null ? 0 : fromDonor.doubleValue() / 1e6);
            otherMillions.add((rev.total().doubleValue() - (fromDonor == null ? 0 : fromDonor.doubleValue())) / 1e6);
            rows.append("<tr><td class=\"num\">").append(year).append("</td><td data-sort=\"").append(rev.total()).append("\">")
                    .append(usd(rev.total())).append("</td><td class=\"opt\">").append(usd(rev.of(RevenueType.ASSESSED)))
                    .append("</td><td class=\"opt\">").append(usd(rev.of(RevenueType.VOLUNTARY_CORE))).append("</td><td class=\"opt\">")
                    .append(usd(rev.of(RevenueType.VOLUNTARY_EARMARKED))).append("</td><td>")
                    .append(fromDonor == null ? "–" : usd(fromDonor)).append("</td><td>")
                    .append(share == null ? "–" : percent(share)).append("</td></tr>");
        });
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("data", List.of(donor, Messages.t(lang, "funding.others"))));
        option.put("xAxis", Map.of("type", "category", "data", years));
        option.put("yAxis", Map.of("type", "value", "name", "USD m"));
        option.put("series", List.of(
                Map.of("name", donor, "type", "bar", "stack", "t", "color", "#d93025", "data", round(donorMillions)),
                Map.of("name", Messages.t(lang, "funding.others"), "type", "bar", "stack", "t", "color", "#9aa0a6", "data", round(otherMillions))));
        b.append("<div class=\"chart\" role=\"img\" aria-label=\"").append(esc(Messages.t(lang, "funding")))
                .append("\" data-option=\"").append(esc(Json.compact(option))).append("\"></div>")
                .append("<div class=\"table-wrap\"><table class=\"sortable\"><thead><tr><th>").append(esc(Messages.t(lang, "year")))
                .append("</th><th>").append(esc(Messages.t(lang, "funding.total"))).append("</th><th class=\"opt\">")
                .append(esc(Messages.t(lang, "funding.assessed"))).append("</th><th class=\"opt\">")
                .append(esc(Messages.t(lang, "funding.core"))).append("</th><th class=\"opt\">")
                .append(esc(Messages.t(lang, "funding.earmarked"))).append("</th><th>").append(esc(donor)).append("</th><th>")
                .append(esc(Messages.t(lang, "funding.share"))).append("</th></tr></thead><tbody>").append(rows)
                .append("</tbody></table></div><p class=\"src\">").append(Layout.sourceLink("https://unsceb.org/financial-statistics"))
                .append("</p>");
    }

    /**
     * The funding at risk from an act: per organization, the actor's money and its share; the rest listed as
     * lacking. The same question as {@code comity impact --instrument ID} and /api/impact?instrument=ID.
     */
    static void instrument(StringBuilder b, Lang lang, Snapshot s, FundingData d, Instrument i) {
        if (Impact.latestYear(d) == null) return;
        Impact.Answer answer = ImpactQuestion.ofInstrument(s, d, i).answer(d, s);
        b.append("<h2>").append(esc(Messages.t(lang, "funding.risk"))).append(", ").append(answer.year()).append("</h2><p class=\"note\">")
                .append(esc(String.format(Messages.t(lang, "funding.risk.note"), i.actor(), usd(answer.totalUsd()))))
                .append("</p>");
        List<String> names = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (Impact.Row r : answer.rows()) {
            names.add(s.org(r.org()).shortName());
            shares.add(r.share().value() == null ? null : Math.round(r.share().value() * 1000) / 10.0);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "category", "data", names));
        option.put("yAxis", Map.of("type", "value", "name", "%"));
        option.put("series", List.of(Map.of("type", "bar", "color", "#d93025", "data", shares)));
        b.append("<div class=\"chart\" role=\"img\" aria-label=\"").append(esc(Messages.t(lang, "funding.risk")))
                .append("\" data-option=\"").append(esc(Json.compact(option))).append("\"></div>")
                .append("<div class=\"table-wrap\"><table class=\"sortable\" id=\"impact\"><thead><tr><th>")
                .append(esc(Messages.t(lang, "organization"))).append("</th><th>").append(esc(i.actor())).append("</th><th>")
                .append(esc(Messages.t(lang, "funding.total"))).append("</th><th>").append(esc(Messages.t(lang, "funding.share")))
                .append("</th><th class=\"opt\">").append(esc(Messages.t(lang, "funding.share.gov"))).append("</th></tr></thead><tbody>");
        for (Impact.Row r : answer.rows()) {
            Organization o = s.org(r.org());
            BigDecimal donorUsd = Usd.rounded(r.fromDonors().total());
            BigDecimal totalUsd = Usd.rounded(r.revenue().total());
            Double share = r.share().value();
            Double ofGovernment = r.shareOf(Denominator.GOVERNMENT_DONORS).value();
            b.append("<tr><td><a href=\"/orgs/").append(esc(o.id())).append("\">").append(esc(lang.pick(o.nameEn(), o.nameZh())))
                    .append("</a></td><td data-sort=\"").append(donorUsd).append("\">").append(usd(donorUsd))
                    .append("</td><td data-sort=\"").append(totalUsd).append("\">").append(usd(totalUsd))
                    .append("</td><td data-sort=\"").append(share).append("\">").append(share == null ? "–" : percent(share))
                    .append("</td><td class=\"opt\">").append(ofGovernment == null ? "–" : percent(ofGovernment))
                    .append("</td></tr>");
        }
        b.append("</tbody></table></div><details><summary>").append(esc(Messages.t(lang, "funding.lacking"))).append(" (")
                .append(answer.lacking().size()).append(")</summary><ul>");
        for (Impact.Lacking l : answer.lacking()) {
            Organization o = s.org(l.org());
            b.append("<li><a href=\"/orgs/").append(esc(o.id())).append("\">").append(esc(o.shortName())).append("</a> — ")
                    .append(esc(l.reason())).append("</li>");
        }
        b.append("</ul></details>");
    }

    /** A state's contributions to UN-system organizations in the latest year, largest first. */
    @SuppressWarnings("unchecked")
    static void state(StringBuilder b, Lang lang, Snapshot s, FundingData d, org.comity.domain.State state) {
        Integer year = Impact.latestYear(d);
        b.append("<h2>").append(esc(Messages.t(lang, "contributions"))).append(year == null ? "" : ", " + year).append("</h2>");
        Map<String, Object> view = year == null ? null : FundingShapes.donor(s, d, state, year);
        List<Map<String, Object>> rows = view == null ? List.of() : (List<Map<String, Object>>) view.get("orgs");
        if (rows.isEmpty()) {
            b.append("<p class=\"note\">").append(esc(Messages.t(lang, "funding.none"))).append("</p>");
            return;
        }
        Object share = view.get("share_of_government_donors");
        b.append("<p class=\"note\">").append(usd((BigDecimal) view.get("total_usd")));
        if (share instanceof Number n) b.append(" · ").append(percent(n.doubleValue())).append(' ').append(esc(Messages.t(lang, "funding.share.gov.system")));
        b.append("</p><div class=\"table-wrap\"><table class=\"sortable\"><thead><tr><th>").append(esc(Messages.t(lang, "organization")))
                .append("</th><th>USD</th><th>").append(esc(Messages.t(lang, "funding.share"))).append("</th></tr></thead><tbody>");
        for (Map<String, Object> r : rows) {
            String org = (String) r.get("org");
            Organization o = s.org(org);
            b.append("<tr><td>").append(o == null ? esc(r.get("name_en") == null ? org : r.get("name_en"))
                    : "<a href=\"/orgs/" + esc(o.id()) + "\">" + esc(lang.pick(o.nameEn(), o.nameZh())) + "</a>")
                    .append("</td><td data-sort=\"").append(r.get("donor_usd")).append("\">").append(usd((BigDecimal) r.get("donor_usd")))
                    .append("</td><td>").append(r.get("share_of_revenue") instanceof Number n ? percent(n.doubleValue()) : "–").append("</td></tr>");
        }
        b.append("</tbody></table></div><p class=\"src\">").append(Layout.sourceLink("https://unsceb.org/financial-statistics")).append("</p>");
    }

    private static List<Double> round(List<Double> values) {
        return values.stream().map(v -> Math.round(v * 10) / 10.0).toList();
    }

    static String usd(BigDecimal v) {
        if (v == null) return "";
        double x = v.doubleValue();
        if (Math.abs(x) >= 1e9) return String.format(Locale.ROOT, "$%.2f bn", x / 1e9);
        if (Math.abs(x) >= 1e6) return String.format(Locale.ROOT, "$%.1f m", x / 1e6);
        return "$" + NumberFormat.getIntegerInstance(Locale.ROOT).format(Math.round(x));
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
