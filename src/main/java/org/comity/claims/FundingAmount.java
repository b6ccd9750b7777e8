package org.comity.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.funding.Denominator;
import org.comity.funding.FundingData;
import org.comity.funding.FundingQueries;
import org.comity.funding.RevenueType;
import org.comity.funding.Usd;

/**
 * What a donor gave an organization over some years, of some types. When the data cover only part of
 * what the claim counts ({@code partial=yes}: CEB has no 2025 for a 2024-25 figure) the figure is shown
 * and no verdict is given on a part.
 */
record FundingAmount(String donor, String org, List<Integer> years, Set<RevenueType> types, boolean partial) implements Check {

    @Override
    public Outcome run(Claim claim, ClaimCheck rule, Evidence e, Map<String, Object> how) {
        FundingData d = e.funding();
        if (d.isEmpty()) return Outcome.unverifiable(null, how, "the funding store is empty");
        BigDecimal sum = BigDecimal.ZERO;
        for (int y : years) sum = sum.add(FundingQueries.of(FundingQueries.donorsToOrg(d, Set.of(donor), org, y), types));
        how.put("numerator", Usd.rounded(sum));
        how.put("source_rows", Money.sourceRows(d, donor, org, years.get(0), Denominator.GOVERNMENT_DONORS, types));
        String computed = Usd.rounded(sum).toPlainString();
        if (partial) {
            return Outcome.unverifiable(computed, how, ClaimResult.PARTIAL_PERIOD);
        }
        return Outcome.of(computed, Compare.numbers(sum, claim.expected(), rule));
    }
}
