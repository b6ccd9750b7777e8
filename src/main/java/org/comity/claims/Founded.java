package org.comity.claims;

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
        return Outcome.of(o.founded() + (parent == null ? "" : ", under " + o.parent()), agrees);
    }
}
