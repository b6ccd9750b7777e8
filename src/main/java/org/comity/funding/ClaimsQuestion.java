package org.comity.funding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.dataset.DataFiles;
import org.comity.domain.Claim;
import org.comity.query.NotFoundException;
import org.comity.snapshot.Snapshot;

/** {@code claims [--document ID]}: every claim of the document with its check, in the file's order. */
public final class ClaimsQuestion {

    private ClaimsQuestion() {}

    public static List<Map<String, Object>> answer(Snapshot s, FundingData d, String document) {
        Map<String, ClaimCheck> checks = ClaimChecker.read(DataFiles.bundled());
        ClaimChecker checker = new ClaimChecker(s, d);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Claim c : s.dataset().claims()) {
            if (document != null && !document.isBlank() && !c.document().equals(document.trim())) continue;
            ClaimCheck k = checks.get(c.id());
            ClaimResult r;
            try {
                r = checker.check(c, k);
            } catch (RuntimeException e) {
                // A check row that names something the dataset lacks must not hide the other claims.
                Map<String, Object> comp = new LinkedHashMap<>();
                comp.put("reason", "the check failed: " + e);
                r = new ClaimResult(null, ClaimResult.Verdict.UNVERIFIABLE, comp);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("document", c.document());
            m.put("quote", c.quote());
            m.put("text", c.textEn());
            m.put("expected", c.expected());
            m.put("unit", c.unit().code());
            m.put("computed", r.computed());
            m.put("verdict", r.verdict().code());
            m.put("compare", k == null ? null : k.compare());
            m.put("tolerance", k == null ? null : k.tolerance());
            m.put("definition", k == null ? null : k.definition());
            m.put("computation", r.computation());
            m.put("sources", c.sources());
            out.add(m);
        }
        if (out.isEmpty() && document != null) throw new NotFoundException("no claims of document '" + document + "'");
        return out;
    }
}
