package org.comity.claims;

import org.comity.domain.Sentence;
import java.util.List;
import java.util.Map;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.domain.Organization;

/** An organization's founding year, and (when the row names one) the body it was founded under. */
record Founded(String org, String parent) implements Check {

    @Override
    public Outcome run(Claim claim, ClaimCheck rule, Evidence e, Map<String, Object> how) {
        Organization o = e.snapshot().org(org);
        how.put("source_rows", List.of(Compare.row("organizations.csv", o.id(), "founded", o.founded()),
                Compare.row("organizations.csv", o.id(), "parent", o.parent())));
        boolean agrees = o.founded() != null && String.valueOf(o.founded()).equals(claim.expected().trim())
                && (parent == null || parent.equals(o.parent()));
        return parent == null ? Outcome.of(String.valueOf(o.founded()), agrees)
                : Outcome.of(Sentence.of(Said.FOUNDED_UNDER, o.founded(), new Sentence.Id(o.parent())), agrees);
    }
}
