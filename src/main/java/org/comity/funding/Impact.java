package org.comity.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an exit puts at risk: for each organization, what the leaving donors gave it in a year (by type),
 * as a share of the organization's money (total revenue, or government donors' total); organizations
 * without figures are listed as lacking, with the reason. Pure: reads one {@link FundingData}.
 */
public final class Impact {

    /** One organization's money at risk; {@code of} is the question's denominator. */
    public record Row(String org, Map<String, TypedAmounts> byDonor, TypedAmounts fromDonors, TypedAmounts revenue,
                      TypedAmounts government, Set<String> entities, Denominator of) {

        /** The share the question asked for. */
        public Share share() {
            return shareOf(of);
        }

        /** The leaving donors' money as a share of the organization's total revenue, or of its government donors' total. */
        public Share shareOf(Denominator of) {
            return new Share(fromDonors.total(), (of == Denominator.GOVERNMENT_DONORS ? government : revenue).total(), of);
        }
    }

    /** An organization without a figure of what the donors paid, and why ({@link Reason#english()} in the API). */
    public record Lacking(String org, Reason reason) {}

    public record Answer(List<String> donors, int year, Denominator denominator, List<Row> rows, List<Lacking> lacking,
                         List<Coverage> coverage, UsReporting us) {
        /** The organizations with what the donors paid from any source (CEB or the donor's own reporting). */
        public long usAmountCount() {
            return coverage.stream().filter(Coverage::hasUsAmount).count();
        }

        public BigDecimal totalUsd() {
            return rows.stream().map(r -> r.fromDonors().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * Below this fraction of an entity's revenue, its government donors' total means the donor breakdown is
     * missing (PAHO 2024: no rows) or broken (IRMCT 2023: USD 1 against USD 76 M), not that governments
     * gave nothing; the organization is then listed as lacking rather than shown with a share of zero.
     */
    static final double MIN_DONOR_COVERAGE = 0.001;

    private Impact() {}

    /** The nearest ancestor (parent, its parent...) that CEB reports on, or null. */
    static String reportedAncestor(FundingData d, String org, java.util.function.Function<String, String> parentOf) {
        String p = parentOf.apply(org);
        for (int depth = 0; p != null && depth < 10; depth++, p = parentOf.apply(p)) {
            if (!d.revenueOf(p).isEmpty()) return p;
        }
        return null;
    }

    /** The latest year with figures, the default year of every funding question; null when there are none. */
    public static Integer latestYear(FundingData d) {
        List<Integer> ys = d.years();
        return ys.isEmpty() ? null : ys.get(ys.size() - 1);
    }

    /**
     * The answer to an {@link ImpactQuestion} (its only caller: every page, verb and route asks through it).
     *
     * @param parentOf an organization's parent id (or null): to say where an unreported body's money sits
     */
    static Answer compute(FundingData d, List<String> orgs, List<String> donors, int year, Denominator of,
                                 java.util.function.Function<String, String> parentOf) {
        return compute(d, UsReporting.empty(), orgs, donors, year, of, parentOf, id -> null);
    }

    /**
     * Over all sources: the CEB rows and lacking list as before, and for every organization its {@link Coverage}
     * (the donor's own reporting and the body's accounts beside the CEB figures).
     */
    static Answer compute(FundingData d, UsReporting us, List<String> orgs, List<String> donors, int year, Denominator of,
                          java.util.function.Function<String, String> parentOf,
                          java.util.function.Function<String, org.comity.domain.OrgKind> kindOf) {
        List<Row> rows = new ArrayList<>();
        List<Lacking> lacking = new ArrayList<>();
        for (String org : orgs) {
            Map<Integer, TypedAmounts> revenue = FundingQueries.revenueByYear(d, org);
            Map<Integer, TypedAmounts> government = FundingQueries.governmentByYear(d, org);
            if (revenue.isEmpty() && government.isEmpty()) {
                String host = reportedAncestor(d, org, parentOf);
                Reason why = Reason.of(Reason.Why.NOT_REPORTED);
                lacking.add(new Lacking(org, host == null ? why : why.and(Reason.of(Reason.Why.PART_OF, new org.comity.domain.Sentence.Id(host)))));
                continue;
            }
            if (!revenue.containsKey(year)) {
                TreeSet<Integer> ys = new TreeSet<>(revenue.keySet());
                ys.addAll(government.keySet());
                lacking.add(new Lacking(org, Reason.of(Reason.Why.NO_YEAR, year, ys.first(), ys.last())));
                continue;
            }
            TypedAmounts rev = revenue.get(year);
            TypedAmounts gov = government.getOrDefault(year, TypedAmounts.ZERO);
            if (gov.total().doubleValue() <= MIN_DONOR_COVERAGE * rev.total().doubleValue()) {
                lacking.add(new Lacking(org, Reason.of(Reason.Why.NO_BREAKDOWN, year, new Reason.Dollars(rev.total()),
                        new Reason.Dollars(gov.total()))));
                continue;
            }
            Map<String, TypedAmounts> byDonor = new LinkedHashMap<>();
            TypedAmounts all = TypedAmounts.ZERO;
            for (String s : donors) {
                TypedAmounts t = FundingQueries.donorsToOrg(d, Set.of(s), org, year);
                byDonor.put(s, t);
                all = all.plus(t);
            }
            Set<String> entities = new TreeSet<>();
            d.revenueOf(org).forEach(a -> { if (a.year() == year) entities.add(a.entity()); });
            rows.add(new Row(org, byDonor, all, rev, gov, entities, of));
        }
        List<Coverage> coverage = new ArrayList<>();
        for (String org : orgs) {
            Row row = rows.stream().filter(r -> r.org().equals(org)).findFirst().orElse(null);
            Reason cebReason = lacking.stream().filter(l -> l.org().equals(org)).map(Lacking::reason).findFirst().orElse(null);
            String host = reportedAncestor(d, org, parentOf);
            coverage.add(Coverage.of(org, row, cebReason, us, donors, year, kindOf.apply(org), host != null ? host : parentOf.apply(org)));
        }
        // what the CEB lacks, said again over all sources: the reason now names the other sources searched
        List<Lacking> overAll = new ArrayList<>();
        for (Lacking l : lacking) {
            Coverage c = coverage.stream().filter(x -> x.org().equals(l.org())).findFirst().orElseThrow();
            if (!c.hasUsAmount()) overAll.add(new Lacking(l.org(), c.reason() == null ? l.reason() : c.reason()));
        }
        rows.sort(Comparator.comparing((Row r) -> r.share().value(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Row::org));
        return new Answer(List.copyOf(donors), year, of, rows, overAll, List.copyOf(coverage), us);
    }
}
