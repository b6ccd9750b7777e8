package org.comity.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.funding.FundingData;
import org.comity.query.NotFoundException;
import org.comity.snapshot.Snapshot;

/**
 * {@code claims [--document ID]}: every claim of the document with its verdict, in the file's order. The
 * checks are the dataset's ({@code claim-checks.csv}); a claim without one is unverifiable and says so.
 * A check that fails is a defect, never a verdict: it stops the answer with the claim it was checking.
 */
public final class ClaimsQuestion {

    private ClaimsQuestion() {}

    public static List<ClaimAnswer> answer(Snapshot s, FundingData d, String document) {
        Map<String, ClaimCheck> checks = new LinkedHashMap<>();
        for (ClaimCheck k : s.dataset().claimChecks()) checks.put(k.claim(), k);
        Evidence evidence = Evidence.of(s, d);
        List<ClaimAnswer> out = new ArrayList<>();
        for (Claim c : s.dataset().claims()) {
            if (document != null && !document.isBlank() && !c.document().equals(document.trim())) continue;
            ClaimCheck k = checks.get(c.id());
            out.add(new ClaimAnswer(c, k, check(c, k, evidence)));
        }
        if (out.isEmpty() && document != null) throw new NotFoundException("no claims of document '" + document + "'");
        return out;
    }

    static ClaimResult check(Claim c, ClaimCheck k, Evidence e) {
        Map<String, Object> how = new LinkedHashMap<>();
        if (k == null) {
            how.put("reason", "no check is defined for this claim in claim-checks.csv");
            return new ClaimResult(null, null, Verdict.UNVERIFIABLE, how);
        }
        how.put("method", k.method().code());
        how.put("filters", k.params());
        how.put("definition", k.definition());
        try {
            Check.Outcome o = Checks.of(k).run(c, k, e, how);
            return new ClaimResult(o.computed(), o.said(), o.verdict(), how);
        } catch (RuntimeException failed) {
            throw new IllegalStateException("claim " + c.id() + ": the " + k.method().code() + " check failed: " + failed, failed);
        }
    }
}
