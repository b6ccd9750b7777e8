package org.comity.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.funding.BodyBudget;
import org.comity.funding.CebImporter;
import org.comity.funding.Coverage;
import org.comity.funding.UsDocument;
import org.comity.funding.UsFigure;
import org.comity.funding.UsReporting;
import org.comity.funding.UsReportingFiles;
import org.comity.funding.Denominator;
import org.comity.funding.FundingData;
import org.comity.funding.FundingQueries;
import org.comity.funding.Impact;
import org.comity.funding.RevenueType;
import org.comity.funding.Share;
import org.comity.funding.TypedAmounts;
import org.comity.funding.Usd;
import org.comity.snapshot.Snapshot;

/** The public shape of the funding answers (impact, revenue, donor), shared by the CLI and /api. */
public final class FundingShapes {

    private static final List<String> SOURCES = List.of(CebImporter.REVENUE_SOURCE, CebImporter.DONOR_SOURCE);

    private FundingShapes() {}

    public static Map<String, Object> impact(Snapshot s, String instrument, Impact.Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instrument", instrument);
        m.put("donor", String.join(",", a.donors()));
        m.put("donors", a.donors());
        m.put("year", a.year());
        m.put("denominator", a.denominator().code());
        m.put("total_usd", usd(a.totalUsd()));
        List<Map<String, Object>> orgs = new ArrayList<>();
        for (Impact.Row r : a.rows()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("org", r.org());
            o.put("name_en", name(s, r.org()));
            o.put("ceb_entities", List.copyOf(r.entities()));
            o.put("donor_usd", usd(r.fromDonors().total()));
            for (RevenueType t : RevenueType.values()) o.put(t.field(), usd(r.fromDonors().of(t)));
            o.put("org_total_usd", usd(r.revenue().total()));
            o.put("government_total_usd", usd(r.government().total()));
            o.put("share", r.share().value());
            o.put("denominator", r.share().of().code());
            o.put("share_of_revenue", r.shareOf(Denominator.TOTAL_REVENUE).value());
            o.put("share_of_government", r.shareOf(Denominator.GOVERNMENT_DONORS).value());
            if (r.byDonor().size() > 1) {
                Map<String, Object> by = new LinkedHashMap<>();
                r.byDonor().forEach((k, v) -> by.put(k, usd(v.total())));
                o.put("by_donor", by);
            }
            orgs.add(o);
        }
        m.put("orgs", orgs);
        List<Map<String, Object>> lacking = new ArrayList<>();
        for (Impact.Lacking l : a.lacking()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("org", l.org());
            o.put("name_en", name(s, l.org()));
            o.put("reason", l.reason().english());
            o.put("reason_codes", l.reason().codes());
            lacking.add(o);
        }
        m.put("lacking", lacking);
        m.put("sources", SOURCES);
        Map<String, Object> periods = new LinkedHashMap<>();
        periods.put("ceb", "calendar " + a.year());
        periods.put("us-reporting", "FY" + a.year() + " (October " + (a.year() - 1) + " to September " + a.year() + ")");
        periods.put("body-accounts", "the body's own year, written in each figure");
        m.put("periods", periods);
        m.put("us_amount_count", a.usAmountCount());
        m.put("org_count", a.coverage().size());
        m.put("coverage", coverage(s, a));
        m.put("documents", documents(a.us().documents()));
        return m;
    }

    /** Every organization over all sources: the chosen source and why, each source's figures, disagreements, the reason and what was searched. */
    static List<Map<String, Object>> coverage(Snapshot s, Impact.Answer a) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Coverage c : a.coverage()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("org", c.org());
            o.put("name_en", name(s, c.org()));
            o.put("source", c.chosen());
            o.put("why", c.why());
            o.put("us_amount", c.hasUsAmount());
            o.put("figures", c.figures().stream().map(f -> figure(f.source(), f.donor(), f.yearLabel(), f.type(), f.amountUsd(),
                    f.document(), f.table(), f.sources())).toList());
            o.put("body_accounts", c.bodyAccounts().stream().map(FundingShapes::account).toList());
            o.put("disagreements", c.disagreements());
            o.put("reason", c.reason() == null ? null : c.reason().english());
            o.put("reason_codes", c.reason() == null ? List.of() : c.reason().codes());
            o.put("searched", c.searched());
            out.add(o);
        }
        return out;
    }

    /** The register of documents searched, with what each holds and whether it could be read. */
    public static List<Map<String, Object>> documents(List<UsDocument> docs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (UsDocument d : docs) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", d.id());
            x.put("org", d.org().isEmpty() ? null : d.org());
            x.put("title", d.title());
            x.put("publisher", d.publisher());
            x.put("fiscal_year", d.fiscalYear());
            x.put("status", d.status());
            x.put("url", d.url().isEmpty() ? null : d.url());
            x.put("seen", d.seen().isEmpty() ? null : d.seen());
            x.put("scope", d.scope());
            x.put("note", d.note());
            out.add(x);
        }
        return out;
    }

    /**
     * The revenue shape with, beside the CEB years, every other source's figures for the organization side by
     * side: what donors reported paying it and what its own accounts say (each year written FY or calendar).
     */
    public static Map<String, Object> revenue(Snapshot s, FundingData d, Organization o, Integer year) {
        Map<String, Object> m = revenue(d, o, year);
        UsReporting us = UsReportingFiles.bundled(s);
        List<Map<String, Object>> reported = new ArrayList<>();
        for (UsFigure f : us.figures()) {
            if (!f.org().equals(o.id())) continue;
            reported.add(figure("body".equals(us.sideOf(f.document())) ? Coverage.BODY_ACCOUNTS : Coverage.US_REPORTING, f.donor(),
                    f.yearLabel(), f.type().code, f.amountUsd(), f.document(), f.table(), f.sources()));
        }
        m.put("reported_contributions", reported);
        m.put("body_accounts", us.budgetsOf(o.id()).stream().map(FundingShapes::account).toList());
        return m;
    }

    /** One figure of a funding source, as the coverage and the revenue answers show it. */
    private static Map<String, Object> figure(String source, String donor, String year, String type, Object amountUsd,
                                              String document, String table, List<String> sources) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("source", source);
        x.put("donor", donor);
        x.put("year", year);
        x.put("type", type);
        x.put("amount_usd", amountUsd);
        x.put("document", document);
        x.put("table", table);
        x.put("sources", sources);
        return x;
    }

    /** One line of a body's own budget or accounts. */
    private static Map<String, Object> account(BodyBudget b) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("year", b.yearLabel());
        x.put("measure", b.measure());
        x.put("amount", b.amount());
        x.put("currency", b.currency());
        x.put("us_share", b.usShare());
        x.put("document", b.document());
        x.put("table", b.table());
        x.put("sources", b.sources());
        return x;
    }

    /** An organization's revenue and government donors' total by year and type. */
    public static Map<String, Object> revenue(FundingData d, Organization o, Integer year) {
        Map<Integer, TypedAmounts> rev = FundingQueries.revenueByYear(d, o.id());
        Map<Integer, TypedAmounts> gov = FundingQueries.governmentByYear(d, o.id());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("org", o.id());
        m.put("name_en", o.nameEn());
        List<Map<String, Object>> years = new ArrayList<>();
        for (var e : rev.entrySet()) {
            if (year != null && !e.getKey().equals(year)) continue;
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("year", e.getKey());
            y.put("total_usd", usd(e.getValue().total()));
            for (RevenueType t : RevenueType.values()) y.put(t.field(), usd(e.getValue().of(t)));
            TypedAmounts g = gov.getOrDefault(e.getKey(), TypedAmounts.ZERO);
            y.put("government_total_usd", usd(g.total()));
            y.put("government_share_of_revenue", new Share(g.total(), e.getValue().total(), Denominator.TOTAL_REVENUE).value());
            years.add(y);
        }
        m.put("years", years);
        m.put("sources", SOURCES);
        return m;
    }

    /** What a state gave each organization in a year, by type, with both shares. */
    public static Map<String, Object> donor(Snapshot s, FundingData d, State state, Integer year) {
        int y = year != null ? year : Impact.latestYear(d) == null ? 0 : Impact.latestYear(d);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("donor", state.iso3());
        m.put("year", y);
        TypedAmounts all = FundingQueries.donorsToSystem(d, Set.of(state.iso3()), y);
        m.put("total_usd", usd(all.total()));
        m.put("share_of_government_donors", FundingQueries.share(d, all.total(), null, y, Denominator.GOVERNMENT_DONORS,
                Set.of(RevenueType.values())).value());
        List<Map<String, Object>> orgs = new ArrayList<>();
        for (var e : FundingQueries.donorByOrg(d, state.iso3(), y).entrySet()) {
            Map<String, Object> o = new LinkedHashMap<>();
            String org = e.getKey();
            o.put("org", org);
            o.put("name_en", name(s, org));
            o.put("donor_usd", usd(e.getValue().total()));
            for (RevenueType t : RevenueType.values()) o.put(t.field(), usd(e.getValue().of(t)));
            if (!org.startsWith("ceb:")) {
                o.put("share_of_government", FundingQueries.share(d, e.getValue().total(), org, y, Denominator.GOVERNMENT_DONORS,
                        Set.of(RevenueType.values())).value());
                o.put("share_of_revenue", FundingQueries.share(d, e.getValue().total(), org, y, Denominator.TOTAL_REVENUE,
                        Set.of(RevenueType.values())).value());
            }
            orgs.add(o);
        }
        orgs.sort((a, b) -> ((BigDecimal) b.get("donor_usd")).compareTo((BigDecimal) a.get("donor_usd")));
        m.put("orgs", orgs);
        m.put("sources", SOURCES);
        return m;
    }

    private static BigDecimal usd(BigDecimal v) {
        return Usd.rounded(v);
    }

    private static String name(Snapshot s, String org) {
        Organization o = s.org(org);
        return o == null ? null : o.nameEn();
    }
}
