package org.comity.claims;

import org.comity.domain.Sentence;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;

/** Whether an act lists every organization the claim names (its expected value: ids, {@code ;} between them). */
record InstrumentLists(String instrument) implements Check {

    @Override
    public Outcome run(Claim claim, ClaimCheck rule, Evidence e, Map<String, Object> how) {
        Set<String> listed = new TreeSet<>();
        e.snapshot().actionsOf(instrument).forEach(a -> listed.add(a.org()));
        List<String> wanted = List.of(claim.expected().split(";"));
        List<String> missing = wanted.stream().filter(w -> !listed.contains(w.trim())).toList();
        how.put("numerator", wanted.size() - missing.size());
        how.put("denominator", wanted.size());
        how.put("missing", missing);
        how.put("source_rows", List.of(Compare.row("actions/" + instrument + ".csv", String.join(";", wanted), "org", "listed")));
        return Outcome.of(Sentence.of(Said.LISTED, wanted.size() - missing.size(), wanted.size()), missing.isEmpty());
    }
}
