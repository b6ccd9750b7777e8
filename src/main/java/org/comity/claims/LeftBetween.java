package org.comity.claims;

import org.comity.domain.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.domain.rules.Status;

/**
 * Whether a state's exit from an organization took effect within [from, to] (a presidential term): a
 * withdraw act first dated in the period whose effective day, no later than {@code to}, finds the state
 * withdrawn or ceased. A notice retracted before it took effect (WHO, 2020) is no exit.
 */
record LeftBetween(String state, String org, LocalDate from, LocalDate to) implements Check {

    @Override
    public Outcome run(Claim claim, ClaimCheck rule, Evidence e, Map<String, Object> how) {
        State st = e.snapshot().state(state);
        Organization o = e.snapshot().org(org);
        List<Object> rows = new ArrayList<>();
        String left = null;
        for (Action a : e.snapshot().actions(state, org)) {
            if (a.firstDate() == null || a.firstDate().date().isBefore(from) || a.firstDate().date().isAfter(to)) continue;
            rows.add(Compare.row("actions/" + a.instrument() + ".csv", a.org(), a.type().code(),
                    "announced " + a.announced() + ", notice " + a.notice() + ", effective " + a.effective()));
            if (a.type() == ActionType.WITHDRAW && a.effective() != null && !a.effective().date().isAfter(to)) {
                Status then = e.answers().status(st, o, a.effective().date()).answer().status();
                if (then == Status.WITHDRAWN || then == Status.CEASED) left = a.effective().toString();
            }
        }
        String atEnd = e.answers().status(st, o, to).answer().status().code();
        how.put("status_on_" + to, atEnd);
        how.put("source_rows", rows);
        return Outcome.of(left != null ? Sentence.of(Said.LEFT, left) : Sentence.of(Said.NOT_LEFT, to, new Sentence.Code(atEnd)),
                left != null);
    }
}
