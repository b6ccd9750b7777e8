package org.comity.domain.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.domain.EffectiveRule;
import org.comity.domain.WithdrawalRule;

/**
 * The one rule for the course of an exit: when each withdrawal takes effect and what closes it. A recorded
 * effective date is a fact and wins over the rule; with none, the act's rule (or, when the act names none,
 * the organization's clause) gives the date from the notice. A later {@code retract} or {@code rejoin}
 * dated before the effective date closes the withdrawal, which then never takes effect (WHO, 2020: notice
 * 6 July, retracted 20 January 2021).
 */
public final class Exits {

    private Exits() {}

    /** The withdrawals among the acts of one state on one organization, oldest first, each with its course. */
    public static List<Exit> of(List<Action> actions, WithdrawalRule clause) {
        List<Action> dated = actions.stream().filter(a -> a.firstDate() != null)
                .sorted(Comparator.comparing(Action::firstDate)).toList();
        List<Exit> out = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            Action a = dated.get(i);
            if (a.type() != ActionType.WITHDRAW) continue;
            EffectiveRule rule = ruleOf(a, clause);
            LocalDate effective = effective(a, clause).orElse(null);
            Action closedBy = null;
            for (int j = i + 1; j < dated.size() && closedBy == null; j++) {
                Action later = dated.get(j);
                if (later.type() == ActionType.WITHDRAW) break; // a new notice starts its own course
                boolean closes = later.type() == ActionType.RETRACT || later.type() == ActionType.REJOIN;
                LocalDate when = later.firstDate().date();
                if (closes && (effective == null || when.isBefore(effective))) closedBy = later;
            }
            out.add(new Exit(a, rule, a.notice() == null ? null : a.notice().date(), effective,
                    EffectiveDates.lastDay(rule, effective), closedBy));
        }
        return out;
    }

    /** The exit a withdrawal act starts, judged on its own acts (for an act's own page or row). */
    public static Exit of(Action withdrawal, List<Action> actionsOfPair, WithdrawalRule clause) {
        for (Exit e : of(actionsOfPair, clause)) if (e.act().equals(withdrawal)) return e;
        throw new IllegalArgumentException("not a withdrawal of this pair: " + withdrawal.instrument());
    }

    /**
     * The day an act takes legal effect by itself: the first day out for a withdrawal, the first day back for
     * a return. A recorded date wins; otherwise the rule gives it from the notice.
     */
    public static Optional<LocalDate> effective(Action a, WithdrawalRule clause) {
        EffectiveRule rule = ruleOf(a, clause);
        LocalDate stated = a.effective() == null ? null : a.effective().date();
        if (stated != null) return Optional.of(stated);
        Period period = clause == null ? null : clause.noticePeriod();
        LocalDate notice = a.notice() == null ? null : a.notice().date();
        return EffectiveDates.scheduled(notice, rule, period, null);
    }

    /** The act's own rule, or the organization's clause where the act names none. */
    public static EffectiveRule ruleOf(Action a, WithdrawalRule clause) {
        return a.rule() == EffectiveRule.UNKNOWN && clause != null ? clause.rule() : a.rule();
    }
}
