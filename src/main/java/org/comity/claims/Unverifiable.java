package org.comity.claims;

import java.util.Map;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;

/** A claim the data cannot check (its source is not part of the dataset), with the reason. */
record Unverifiable(String reason) implements Check {

    @Override
    public Outcome run(Claim claim, ClaimCheck rule, Evidence e, Map<String, Object> how) {
        return Outcome.unverifiable(null, how, reason);
    }
}
