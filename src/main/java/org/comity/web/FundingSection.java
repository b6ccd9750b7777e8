package org.comity.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.api.FundingShapes;
import org.comity.api.Json;
import org.comity.domain.Instrument;
import org.comity.domain.Organization;
import org.comity.funding.Denominator;
import org.comity.funding.FundingData;
import org.comity.funding.Impact;
import org.comity.funding.Reason;
import org.comity.funding.ImpactQuestion;
import org.comity.funding.RevenueType;
import org.comity.funding.TypedAmounts;
import org.comity.funding.Usd;
import org.comity.snapshot.Snapshot;
import org.comity.web.view.Chart;
import org.comity.web.view.InstrumentView;
import org.comity.web.view.OrgView;
import org.comity.web.view.StateView;
import org.comity.web.view.Words;

/** Money on the pages: an organization's revenue and the US part of it by year; an act's funding at risk; a state's contributions. */
final class FundingSection {

    private FundingSection() {}

    /**
     * Revenue by year and type, with the donor's amount and its share of total revenue. The chart runs over
     * every year from the first to the last with figures; a year without figures is a gap, never a zero.
     */
    static OrgView.Funding organization(Words w, Snapshot s, FundingData d, Organization o, String donor, Map<Integer, TypedAmounts> revenue) {
        List<String> years = new ArrayList<>();
        List<Double> donorMillions = new ArrayList<>();
        List<Double> otherMillions = new ArrayList<>();
        List<OrgView.Year> rows = new ArrayList<>();
        int first = revenue.keySet().stream().min(Integer::compare).orElseThrow();
        int last = revenue.keySet().stream().max(Integer::compare).orElseThrow();
        for (int year = first; year <= last; year++) {
            TypedAmounts rev = revenue.get(year);
            years.add(String.valueOf(year));
            if (rev == null) {
                donorMillions.add(null);
                otherMillions.add(null);
                continue;
            }
            Impact.Answer a = ImpactQuestion.ofOrganization(o.id(), List.of(donor), year).answer(d, s);
            BigDecimal fromDonor = a.rows().isEmpty() ? null : a.rows().get(0).fromDonors().total();
            Double share = a.rows().isEmpty() || a.rows().get(0).share() == null ? null : a.rows().get(0).share().value();
            donorMillions.add(fromDonor == null ? null : round(fromDonor.doubleValue() / 1e6));
            otherMillions.add(round((rev.total().doubleValue() - (fromDonor == null ? 0 : fromDonor.doubleValue())) / 1e6));
            rows.add(new OrgView.Year(year, rev.total().toPlainString(), w.usd(rev.total()), w.usd(rev.of(RevenueType.ASSESSED)),
                    w.usd(rev.of(RevenueType.VOLUNTARY_CORE)), w.usd(rev.of(RevenueType.VOLUNTARY_EARMARKED)),
                    fromDonor == null ? "–" : w.usd(fromDonor), share == null ? "–" : w.percent(share)));
        }
        String donorName = donorName(w, s, donor);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("data", List.of(donorName, w.t("funding.others"))));
        option.put("xAxis", Map.of("type", "category", "name", w.t("axis.year"), "nameLocation", "middle", "nameGap", 28, "data", years));
        option.put("yAxis", Map.of("type", "value", "name", w.t("axis.usd.m")));
        option.put("series", List.of(
                Map.of("name", donorName, "type", "bar", "stack", "t", "color", "#d93025", "data", donorMillions),
                Map.of("name", w.t("funding.others"), "type", "bar", "stack", "t", "color", "#9aa0a6", "data", otherMillions)));
        return new OrgView.Funding(donorName, new Chart(w.t("funding"), Json.compact(option)), rows);
    }

    /**
     * The funding at risk from an act: per organization, the actor's money and its share; the rest listed as
     * lacking. The same question as {@code comity impact --instrument ID} and /api/impact?instrument=ID.
     */
    static InstrumentView.Risk instrument(Words w, Snapshot s, FundingData d, Instrument i) {
        if (Impact.latestYear(d) == null) return null;
        Impact.Answer answer = ImpactQuestion.ofInstrument(s, d, i).answer(d, s);
        String actor = donorName(w, s, i.actor());
        List<String> names = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        List<InstrumentView.RiskRow> rows = new ArrayList<>();
        for (Impact.Row r : answer.rows()) {
            Organization o = s.org(r.org());
            names.add(o.shortName());
            Double share = r.share().value();
            shares.add(share == null ? null : Math.round(share * 1000) / 10.0);
            BigDecimal donorUsd = Usd.rounded(r.fromDonors().total());
            BigDecimal totalUsd = Usd.rounded(r.revenue().total());
            Double ofGovernment = r.shareOf(Denominator.GOVERNMENT_DONORS).value();
            rows.add(new InstrumentView.RiskRow(o.id(), w.pick(o.nameEn(), o.nameZh()), donorUsd.toPlainString(), w.usd(donorUsd),
                    totalUsd.toPlainString(), w.usd(totalUsd), String.valueOf(share), share == null ? "–" : w.percent(share),
                    ofGovernment == null ? "–" : w.percent(ofGovernment)));
        }
        List<InstrumentView.Lacking> lacking = new ArrayList<>();
        for (Impact.Lacking l : answer.lacking()) {
            Organization o = s.org(l.org());
            lacking.add(new InstrumentView.Lacking(o.id(), w.pick(o.nameEn(), o.nameZh()), reason(w, l.reason(), s)));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("bottom", 90));
        option.put("xAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("rotate", 60, "interval", 0)));
        option.put("yAxis", Map.of("type", "value", "name", w.t("axis.share")));
        option.put("series", List.of(Map.of("type", "bar", "color", "#d93025", "data", shares)));
        return new InstrumentView.Risk(answer.year(), w.f("funding.risk.note", actor, w.usd(answer.totalUsd())),
                new Chart(w.t("funding.risk"), Json.compact(option)), actor, rows, lacking);
    }

    /** A state's contributions to UN-system organizations in the latest year, largest first. */
    @SuppressWarnings("unchecked")
    static StateView.Contributions state(Words w, Snapshot s, FundingData d, org.comity.domain.State state) {
        Integer year = Impact.latestYear(d);
        Map<String, Object> view = year == null ? null : FundingShapes.donor(s, d, state, year);
        List<Map<String, Object>> rows = view == null ? List.of() : (List<Map<String, Object>>) view.get("orgs");
        if (rows.isEmpty()) return new StateView.Contributions(year, null, null, List.of());
        Object share = view.get("share_of_government_donors");
        List<StateView.Row> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String org = (String) r.get("org");
            Organization o = s.org(org);
            // a body only the CEB lists ("ceb:UNOPS") is shown by its name, never by that id
            String name = o != null ? w.pick(o.nameEn(), o.nameZh()) : r.get("name_en") != null ? (String) r.get("name_en")
                    : org.replaceFirst("^[a-z]+:", "");
            out.add(new StateView.Row(o == null ? null : o.id(), name, String.valueOf(r.get("donor_usd")), w.usd((BigDecimal) r.get("donor_usd")),
                    r.get("share_of_revenue") instanceof Number n ? w.percent(n.doubleValue()) : "–"));
        }
        return new StateView.Contributions(year, w.usd((BigDecimal) view.get("total_usd")),
                share instanceof Number n ? w.percent(n.doubleValue()) : null, out);
    }

    /**
     * Why a body has no figure, in the page's language: Impact's parts in English as the API says them, or each
     * part from the Chinese words ({@code reason.<code>}) with ids as names and amounts in 亿美元.
     */
    static String reason(Words w, Reason reason, Snapshot s) {
        if (reason == null) return null;
        if (!w.zh()) return reason.english();
        List<String> parts = new ArrayList<>();
        for (org.comity.domain.Sentence p : reason.parts()) {
            Object[] values = p.values().stream().map(v -> v instanceof org.comity.domain.Sentence.Id o ? orgName(w, o.id(), s)
                    : v instanceof Reason.FiscalYear f ? f.year() : v instanceof Reason.Dollars usd ? w.usd(usd.amount()) : v).toArray();
            parts.add(w.f("reason." + p.code(), values));
        }
        return String.join("；", parts);
    }

    private static String orgName(Words w, String id, Snapshot s) {
        return s.org(id) == null ? id : w.pick(s.org(id).nameEn(), s.org(id).nameZh());
    }

    /** A donor by its name in the page's language ("United States", "美国"), its code when the dataset has no such state. */
    private static String donorName(Words w, Snapshot s, String iso) {
        var st = s.state(iso);
        return st == null ? iso : w.pick(st.nameEn(), st.nameZh());
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
