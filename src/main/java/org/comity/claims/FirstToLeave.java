package org.comity.claims;

import org.comity.domain.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.domain.PartialDate;

/** Whether {@code state} is the first state with a recorded withdraw act on {@code org}; its status on a day beside. */
record FirstToLeave(String org, String state, LocalDate on) implements Check {

    @Override
    public Outcome run(Claim claim, ClaimCheck rule, Evidence e, Map<String, Object> how) {
        TreeMap<PartialDate, String> first = new TreeMap<>();
        for (Action a : e.snapshot().dataset().actions()) {
            if (a.org().equals(org) && a.type() == ActionType.WITHDRAW && a.firstDate() != null) first.putIfAbsent(a.firstDate(), a.state());
        }
        List<Object> rows = new ArrayList<>();
        first.forEach((date, st) -> rows.add(Compare.row("actions", st + "/" + org, "withdraw", date.toString())));
        how.put("source_rows", rows);
        String who = first.isEmpty() ? null : first.firstEntry().getValue();
        String status = e.answers().status(e.snapshot().state(state), e.snapshot().org(org), on).answer().status().code();
        how.put("status_on_" + on, status);
        return Outcome.of(who == null ? Sentence.of(Said.NO_WITHDRAWAL) : Sentence.of(Said.FIRST, new Sentence.Id(who), new Sentence.Code(status)),
                state.equals(who));
    }
}
