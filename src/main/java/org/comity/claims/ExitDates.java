package org.comity.claims;

import org.comity.domain.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comity.domain.Action;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.domain.PartialDate;

/** Whether any date (announced, notice, effective) of a state's exits from an organization after a day is the claimed one. */
record ExitDates(String state, String org, LocalDate after) implements Check {

    @Override
    public Outcome run(Claim claim, ClaimCheck rule, Evidence e, Map<String, Object> how) {
        List<Object> rows = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (Action a : e.snapshot().actions(state, org)) {
            if (a.firstDate() == null || a.firstDate().date().isBefore(after) || !a.type().ceases()) continue;
            for (PartialDate p : new PartialDate[] {a.announced(), a.notice(), a.effective()}) if (p != null) dates.add(p.toString());
            rows.add(Compare.row("actions/" + a.instrument() + ".csv", a.org(), a.type().code(),
                    "announced " + a.announced() + ", notice " + a.notice() + ", effective " + a.effective()));
        }
        how.put("source_rows", rows);
        boolean match = dates.stream().anyMatch(x -> Compare.sameDate(x, claim.expected()));
        return dates.isEmpty() ? Outcome.of(Sentence.of(Said.NONE_AFTER, after), match) : Outcome.of(String.join(", ", dates), match);
    }
}
