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
import org.comity.domain.Episode;
import org.comity.domain.PartialDate;
import org.comity.domain.WithdrawalRule;

/**
 * The status of one state in one organization on one day, from its membership episodes and the actions
 * of its instruments. Episodes say who belonged; actions say who is leaving. An exit is open from its
 * first recorded date until it takes effect, unless a later {@code retract} (or a return) closes it.
 */
public final class StatusRule {

    private StatusRule() {}

    /**
     * @param hasMembership whether the organization has members at all (if not, only participation can cease)
     * @param episodes      the state's episodes in the organization
     * @param actions       the state's actions on the organization
     * @param clause        the organization's withdrawal clause, or null
     */
    public static StatusAnswer statusOn(LocalDate on, boolean hasMembership, List<Episode> episodes,
                                        List<Action> actions, WithdrawalRule clause) {
        List<Action> known = actions.stream()
                .filter(a -> a.firstDate() != null && a.firstDate().isOnOrBefore(on))
                .sorted(Comparator.comparing(Action::firstDate))
                .toList();
        return hasMembership ? membership(on, episodes, known, clause) : participation(on, known);
    }

    /** The day an action's exit takes effect, from its own dates or else from the organization's clause. */
    public static Optional<LocalDate> effectiveOf(Action a, WithdrawalRule clause, LocalDate retractedOn) {
        EffectiveRule rule = a.rule();
        Period period = clause == null ? null : clause.noticePeriod();
        if ((rule == EffectiveRule.UNKNOWN) && clause != null) rule = clause.rule();
        LocalDate stated = a.effective() == null ? null : a.effective().date();
        if (stated != null && rule != EffectiveRule.AS_STATED) {
            // A recorded effective date is a fact; the rule only explains it.
            return EffectiveDates.effectiveDate(stated, EffectiveRule.IMMEDIATE, null, null, retractedOn);
        }
        return EffectiveDates.effectiveDate(dateOf(a.notice()), rule, period, stated, retractedOn);
    }

    private static StatusAnswer membership(LocalDate on, List<Episode> episodes, List<Action> known, WithdrawalRule clause) {
        Episode covering = episodes.stream().filter(e -> e.covers(on)).findFirst().orElse(null);
        List<Action> basis = new ArrayList<>();
        Action exit = openExit(on, known, clause, basis);
        if (exit != null) {
            LocalDate effective = effectiveOf(exit, clause, null).orElse(null);
            boolean rejoinedSince = covering != null && effective != null && !covering.start().date().isBefore(effective);
            LocalDate announced = exit.firstDate().date();
            boolean belongedWhenAnnounced = covering != null || episodes.isEmpty()
                    || episodes.stream().anyMatch(e -> e.start().isOnOrBefore(announced)
                            && (e.end() == null || !e.end().date().isBefore(announced)));
            if (!rejoinedSince && belongedWhenAnnounced) {
                if (effective != null && !effective.isAfter(on)) {
                    return new StatusAnswer(Status.WITHDRAWN, effective, effective, basis, covering);
                }
                if (exit.notice() != null && exit.notice().isOnOrBefore(on)) {
                    return new StatusAnswer(Status.WITHDRAWING, exit.notice().date(), effective, basis, covering);
                }
                return new StatusAnswer(Status.ANNOUNCED, exit.firstDate().date(), effective, basis, covering);
            }
        }
        if (covering != null || episodes.isEmpty()) {
            // The 2026 memorandum "withdraws" from UN bodies by ceasing participation, members or not.
            StatusAnswer ceased = ceased(on, known, true);
            if (ceased != null) return new StatusAnswer(Status.CEASED, ceased.since(), ceased.effective(), ceased.basis(), covering);
        }
        if (covering != null) {
            return new StatusAnswer(Status.MEMBER, covering.start().date(), null, basis, covering);
        }
        if (episodes.isEmpty()) {
            return new StatusAnswer(Status.UNKNOWN, null, null, basis, null);
        }
        LocalDate lastEnd = episodes.stream()
                .map(Episode::end).filter(e -> e != null && e.isOnOrBefore(on))
                .map(PartialDate::date).max(Comparator.naturalOrder()).orElse(null);
        return new StatusAnswer(Status.NOT_MEMBER, lastEnd, null, basis, null);
    }

    /**
     * The latest withdrawal recorded by {@code on} that no retraction or return has closed. The basis is
     * every action from the latest withdrawal on (or all of them when there was none): the exit and what
     * closed or accompanied it.
     */
    private static Action openExit(LocalDate on, List<Action> known, WithdrawalRule clause, List<Action> basis) {
        Action open = null;
        int from = 0;
        for (int i = 0; i < known.size(); i++) {
            Action a = known.get(i);
            if (a.type() == ActionType.WITHDRAW) {
                open = a;
                from = i;
            } else if (a.type() == ActionType.RETRACT && open != null) {
                if (effectiveOf(open, clause, a.firstDate().date()).isEmpty()) open = null;
            } else if (a.type() == ActionType.REJOIN && open != null) {
                LocalDate back = a.effective() != null ? a.effective().date() : a.firstDate().date();
                if (!back.isAfter(on)) open = null;
            }
        }
        basis.addAll(known.subList(from, known.size()));
        return open;
    }

    private static StatusAnswer participation(LocalDate on, List<Action> known) {
        StatusAnswer ceased = ceased(on, known, false);
        return ceased != null ? ceased : new StatusAnswer(Status.PARTICIPATING, null, null, List.of(), null);
    }

    /**
     * Participation stopped by a still-standing act, or null. In a body without membership any cease,
     * suspend or withdraw counts; in a body with members only ceasing participation or suspending does
     * (a funding cut alone leaves a member a member, and a withdrawal runs its own course).
     */
    private static StatusAnswer ceased(LocalDate on, List<Action> known, boolean membershipBody) {
        Action ceased = null;
        List<Action> basis = new ArrayList<>();
        for (Action a : known) {
            boolean stops = membershipBody
                    ? a.type() == ActionType.CEASE_PARTICIPATION || a.type() == ActionType.SUSPEND
                    : a.type().ceases();
            if (stops) {
                ceased = a;
                basis.add(a);
            } else if ((a.type() == ActionType.REJOIN || a.type() == ActionType.RETRACT) && ceased != null) {
                basis.add(a);
                ceased = null;
            }
        }
        if (ceased != null) {
            LocalDate since = ceased.effective() != null && ceased.effective().isOnOrBefore(on)
                    ? ceased.effective().date() : ceased.firstDate().date();
            return new StatusAnswer(Status.CEASED, since, since, basis, null);
        }
        return null;
    }

    private static LocalDate dateOf(PartialDate d) {
        return d == null ? null : d.date();
    }
}
