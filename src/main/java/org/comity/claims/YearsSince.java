package org.comity.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.domain.Organization;

/** Years from an organization's founding to a day ("the UN, 80 years old"). */
record YearsSince(String org, LocalDate on) implements Check {

    @Override
    public Outcome run(Claim claim, ClaimCheck rule, Evidence e, Map<String, Object> how) {
        Organization o = e.snapshot().org(org);
        if (o.founded() == null) throw new IllegalStateException("organizations.csv gives no founding year for " + org);
        int years = on.getYear() - o.founded();
        how.put("source_rows", List.of(Compare.row("organizations.csv", o.id(), "founded", o.founded())));
        return Outcome.of(String.valueOf(years), Compare.numbers(BigDecimal.valueOf(years), claim.expected(), rule));
    }
}
