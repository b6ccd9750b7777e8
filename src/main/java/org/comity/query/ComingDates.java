package org.comity.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.domain.rules.Exit;

/**
 * Every effective date still to come on a day (the feed /feeds/dates.ics and /api/dates): each exit that takes
 * effect on or after it and that nothing closed, with the date the one rule (domain.rules.Exits) gives, and each
 * return taking effect then. Oldest first.
 */
public final class ComingDates {

    private ComingDates() {}

    public static List<ComingDate> of(Answers answers, State state, Organization org, LocalDate from) {
        List<ComingDate> out = new ArrayList<>();
        for (Action a : answers.snapshot().dataset().actions()) {
            if (state != null && !a.state().equals(state.iso3())) continue;
            if (org != null && !a.org().equals(org.id())) continue;
            if (a.type() == ActionType.WITHDRAW) {
                Exit e = answers.exitOf(a);
                if (e.takesEffect() && !e.effective().isBefore(from)) {
                    out.add(new ComingDate(e.effective(), e.lastDay(), ComingDate.EXIT, a, e.notice(), e.rule(), a.effective() == null));
                }
            } else if (a.type() == ActionType.REJOIN) {
                LocalDate back = answers.ownEffective(a);
                if (back != null && !back.isBefore(from)) {
                    out.add(new ComingDate(back, null, ComingDate.RETURN, a, a.notice() == null ? null : a.notice().date(), a.rule(),
                            a.effective() == null));
                }
            }
        }
        out.sort(Comparator.comparing(ComingDate::date).thenComparing(c -> c.act().state()).thenComparing(c -> c.act().org())
                .thenComparing(c -> c.act().instrument()));
        return out;
    }
}
