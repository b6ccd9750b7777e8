package org.comity.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.funding.Denominator;
import org.comity.funding.FundingData;
import org.comity.funding.FundingQueries;
import org.comity.funding.RevenueType;
import org.comity.funding.Share;
import org.comity.funding.TypedAmounts;
import org.comity.funding.Usd;

/**
 * A donor's share of an organization's money (or, with no organization, of the whole UN system's) in a
 * year, of one denominator; the other definitions ({@code alternatives}) are computed beside it, each
 * saying whether it too would reproduce the claimed figure, so a reader sees which definition the
 * claim's author must have used.
 */
record FundingShare(String donor, String org, int year, Denominator denominator, Set<RevenueType> types,
                    List<Alternative> alternatives) implements Check {

    /** Another definition to report: the same share in another year, of another denominator. */
    record Alternative(int year, Denominator denominator) {

        static List<Alternative> parse(String text) {
            List<Alternative> out = new ArrayList<>();
            if (text == null) return out;
            for (String alt : text.split("\\|")) {
                String[] p = alt.trim().split(":");
                out.add(new Alternative(Integer.parseInt(p[0]), Denominator.parse(p[1])));
            }
            return out;
        }
    }

    @Override
    public Outcome run(Claim claim, ClaimCheck rule, Evidence e, Map<String, Object> how) {
        FundingData d = e.funding();
        if (d.isEmpty()) return Outcome.unverifiable(null, how, "the funding store is empty");
        Double v = share(d, year, denominator, how).value();
        how.put("source_rows", Money.sourceRows(d, donor, org, year, denominator, types));
        if (v == null) return Outcome.unverifiable(null, how, "no funding figures for this definition");
        List<Map<String, Object>> others = new ArrayList<>();
        for (Alternative alt : alternatives) {
            Map<String, Object> a = new LinkedHashMap<>();
            Double av = share(d, alt.year(), alt.denominator(), a).value();
            a.put("reproduces", av != null && Compare.numbers(BigDecimal.valueOf(av), claim.expected(), rule));
            others.add(a);
        }
        how.put("alternatives", others);
        return Outcome.of(String.format(Locale.ROOT, "%.4f", v), Compare.numbers(BigDecimal.valueOf(v), claim.expected(), rule));
    }

    /** The share of one definition, its figures put into {@code into}. */
    private Share share(FundingData d, int y, Denominator of, Map<String, Object> into) {
        TypedAmounts num = org == null ? FundingQueries.donorsToSystem(d, Set.of(donor), y)
                : FundingQueries.donorsToOrg(d, Set.of(donor), org, y);
        Share sh = FundingQueries.share(d, FundingQueries.of(num, types), org, y, of, types);
        into.put("year", y);
        into.put("denominator_kind", of.code());
        into.put("numerator", Usd.rounded(sh.numerator()));
        into.put("denominator", Usd.rounded(sh.denominator()));
        into.put("share", sh.value());
        return sh;
    }
}
