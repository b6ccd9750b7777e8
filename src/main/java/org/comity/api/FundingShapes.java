package org.comity.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.funding.CebImporter;
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
            o.put("reason", l.reason());
            lacking.add(o);
        }
        m.put("lacking", lacking);
        m.put("sources", SOURCES);
        return m;
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
