package org.comity.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The funding questions, as pure functions over one {@link FundingData} view. */
public final class FundingQueries {

    private FundingQueries() {}

    /** An organization's total revenue by year (oldest first) and type. */
    public static Map<Integer, TypedAmounts> revenueByYear(FundingData d, String org) {
        return byYear(d.revenueOf(org));
    }

    /** What all government donors gave an organization, by year and type. */
    public static Map<Integer, TypedAmounts> governmentByYear(FundingData d, String org) {
        return byYear(d.governmentTotalsOf(org));
    }

    /** A state's contributions in a year, by organization id (entities without one under their CEB code). */
    public static Map<String, TypedAmounts> donorByOrg(FundingData d, String iso3, int year) {
        Map<String, TypedAmounts> out = new TreeMap<>();
        for (Contribution c : d.contributionsOf(iso3)) {
            if (c.year() != year) continue;
            out.merge(c.org() == null ? "ceb:" + c.entity() : c.org(), TypedAmounts.ZERO.plus(c.type(), c.usd()), TypedAmounts::plus);
        }
        return out;
    }

    /** What the given states gave an organization in a year, by type. */
    public static TypedAmounts donorsToOrg(FundingData d, Set<String> states, String org, int year) {
        TypedAmounts t = TypedAmounts.ZERO;
        for (String s : states) {
            for (Contribution c : d.contributionsOf(s)) {
                if (c.year() == year && org.equals(c.org())) t = t.plus(c.type(), c.usd());
            }
        }
        return t;
    }

    /** The given states' contributions to the whole UN system in a year (every entity, mapped or not). */
    public static TypedAmounts donorsToSystem(FundingData d, Set<String> states, int year) {
        TypedAmounts t = TypedAmounts.ZERO;
        for (String s : states) {
            for (Contribution c : d.contributionsOf(s)) if (c.year() == year) t = t.plus(c.type(), c.usd());
        }
        return t;
    }

    /** Government donors' total to the whole UN system in a year, by type. */
    public static TypedAmounts governmentToSystem(FundingData d, int year) {
        return sum(d.governmentTotals(), year);
    }

    /** Total revenue of the whole UN system in a year, by type. */
    public static TypedAmounts revenueOfSystem(FundingData d, int year) {
        return sum(d.revenue(), year);
    }

    /** The share of {@code numerator} in an organization's (or, with org null, the system's) money of {@code of}. */
    public static Share share(FundingData d, BigDecimal numerator, String org, int year, Denominator of, Set<RevenueType> types) {
        TypedAmounts base;
        if (org == null) base = of == Denominator.GOVERNMENT_DONORS ? governmentToSystem(d, year) : revenueOfSystem(d, year);
        else base = (of == Denominator.GOVERNMENT_DONORS ? governmentByYear(d, org) : revenueByYear(d, org))
                .getOrDefault(year, TypedAmounts.ZERO);
        BigDecimal denominator = BigDecimal.ZERO;
        for (RevenueType t : types) denominator = denominator.add(base.of(t));
        return new Share(numerator, denominator, of);
    }

    /** The amount of the given types. */
    public static BigDecimal of(TypedAmounts t, Set<RevenueType> types) {
        BigDecimal v = BigDecimal.ZERO;
        for (RevenueType r : types) v = v.add(t.of(r));
        return v;
    }

    private static TypedAmounts sum(List<EntityAmount> rows, int year) {
        TypedAmounts t = TypedAmounts.ZERO;
        for (EntityAmount a : rows) if (a.year() == year) t = t.plus(a.type(), a.usd());
        return t;
    }

    private static Map<Integer, TypedAmounts> byYear(List<EntityAmount> rows) {
        Map<Integer, TypedAmounts> out = new TreeMap<>();
        for (EntityAmount a : rows) out.merge(a.year(), TypedAmounts.ZERO.plus(a.type(), a.usd()), TypedAmounts::plus);
        return out;
    }
}
