package org.comity.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.domain.Episode;
import org.comity.domain.PartialDate;
import org.comity.domain.Role;
import org.comity.domain.StatusFlag;
import org.comity.domain.WithdrawalRule;

/**
 * The status of one state in one organization on one day, in three parts and a summary.
 * <ul>
 * <li>Legal standing comes from the exits ({@link Exits}) and, where no exit is under way, from the
 * membership episodes: inside one → member (or signatory); outside every one, where the record covers the
 * body → not a member; nothing known → no legal part.</li>
 * <li>Participation stops with a standing {@code cease-participation} or {@code suspend} act (in a body
 * without membership, a {@code withdraw} too) until a return or resumption; in a body with membership it
 * is stated only when an act speaks of it.</li>
 * <li>Funding is cut by a standing {@code cease-funding} act and restored by a later {@code resume-funding}.</li>
 * </ul>
 * The summary: withdrawn, withdrawing and announced follow the exit; otherwise a body with membership
 * answers its legal standing (member, or not-member for a signatory or an outsider), a body without one
 * answers ceased (participation stopped or funding cut) or participating. A member that stopped taking
 * part stays a member in law: its participation part says ceased.
 */
public final class StatusRule {

    private StatusRule() {}

    /**
     * @param hasMembership whether the organization has members at all (if not, only participation can cease)
     * @param episodes      the state's episodes in the organization, from the record that answers for the pair
     * @param covered       whether that record covers the body on the day, so that no episode means not a member
     * @param actions       the state's acts on the organization
     * @param clause        the organization's withdrawal clause, or null
     */
    public static StatusAnswer statusOn(LocalDate on, boolean hasMembership, List<Episode> episodes, boolean covered,
                                        List<Action> actions, WithdrawalRule clause) {
        List<Action> known = actions.stream()
                .filter(a -> a.firstDate() != null && a.firstDate().isOnOrBefore(on))
                .sorted(Comparator.comparing(Action::firstDate))
                .toList();
        Episode covering = episodes.stream().filter(e -> e.covers(on)).findFirst().orElse(null);
        Part<Participation> participation = participation(on, hasMembership, known);
        Part<Funding> funding = funding(known);

        // A body without membership has no legal exit to run: its acts stop participation or funding.
        Exit exit = hasMembership ? openExit(on, known, clause, episodes, covering) : null;
        if (exit != null) {
            List<Action> basis = from(known, exit.act());
            if (exit.effective() != null && !exit.effective().isAfter(on)) {
                Part<Legal> legal = new Part<>(Legal.WITHDRAWN, exit.effective(), basis);
                return new StatusAnswer(Status.WITHDRAWN, exit.effective(), exit.effective(), exit.lastDay(), legal, null,
                        funding, exit.flags(), basis, covering, true);
            }
            if (exit.noticeGivenBy(on)) {
                Part<Legal> legal = new Part<>(Legal.WITHDRAWING, exit.notice(), basis);
                return new StatusAnswer(Status.WITHDRAWING, exit.notice(), exit.effective(), exit.lastDay(), legal,
                        participation, funding, exit.flags(), basis, covering, true);
            }
            LocalDate announced = exit.act().firstDate().date();
            return new StatusAnswer(Status.ANNOUNCED, announced, exit.effective(), exit.lastDay(),
                    standing(on, episodes, covered, covering), participation, funding, exit.flags(), basis, covering, true);
        }

        Part<Legal> legal = standing(on, episodes, covered, covering);
        List<Action> acts = new ArrayList<>();
        if (participation != null) acts.addAll(participation.basis());
        if (funding != null) acts.addAll(funding.basis());
        List<StatusFlag> flags = List.of();
        if (hasMembership) {
            if (legal != null) {
                Status s = legal.value() == Legal.MEMBER ? Status.MEMBER : Status.NOT_MEMBER;
                return new StatusAnswer(s, legal.since(), null, null, legal, legal.value() == Legal.MEMBER ? participation : null,
                        funding, flags, acts, covering, false);
            }
            if (participation != null && participation.value() == Participation.CEASED) {
                // The state took part without a recorded membership, and stopped.
                return new StatusAnswer(Status.CEASED, participation.since(), null, null, null, participation, funding, flags,
                        acts, null, true);
            }
            return new StatusAnswer(Status.UNKNOWN, null, null, null, null, null, funding, flags, acts, null, false);
        }
        boolean ceased = participation != null && participation.value() == Participation.CEASED;
        boolean cut = funding != null && funding.value() == Funding.CUT;
        if (ceased || cut) {
            LocalDate since = ceased && cut ? min(participation.since(), funding.since()) : ceased ? participation.since() : funding.since();
            return new StatusAnswer(Status.CEASED, since, null, null, legal, participation, funding, flags, acts, covering, true);
        }
        return new StatusAnswer(Status.PARTICIPATING, participation.since(), null, null, legal, participation, funding, flags,
                acts, covering, false);
    }

    /**
     * The latest withdrawal recorded by {@code on} that nothing has closed and that still stands: not
     * followed by a return after it took effect, and made while the state belonged (an exit announced from a
     * body the record shows it had already left is not an exit).
     */
    private static Exit openExit(LocalDate on, List<Action> known, WithdrawalRule clause, List<Episode> episodes,
                                 Episode covering) {
        List<Exit> exits = Exits.of(known, clause);
        if (exits.isEmpty()) return null;
        Exit last = exits.get(exits.size() - 1);
        if (last.closedBy() != null) return null;
        LocalDate announced = last.act().firstDate().date();
        boolean belonged = episodes.isEmpty() || episodes.stream().anyMatch(e -> e.start().isOnOrBefore(announced)
                && (e.end() == null || !e.end().date().isBefore(announced)));
        if (!belonged) return null;
        if (last.effective() != null && !last.effective().isAfter(on)) {
            boolean backSince = covering != null && !covering.start().date().isBefore(last.effective());
            boolean rejoined = known.stream().anyMatch(a -> a.type() == ActionType.REJOIN
                    && a.firstDate().compareTo(last.act().firstDate()) > 0
                    && !Exits.effective(a, clause).orElse(a.firstDate().date()).isAfter(on));
            if (backSince || rejoined) return null;
        }
        return last;
    }

    private static Part<Legal> standing(LocalDate on, List<Episode> episodes, boolean covered, Episode covering) {
        if (covering != null) {
            Legal legal = covering.role() == Role.SIGNATORY ? Legal.SIGNATORY : Legal.MEMBER;
            return Part.of(legal, covering.start().date());
        }
        if (episodes.isEmpty() && !covered) return null;
        LocalDate lastEnd = episodes.stream().map(Episode::end).filter(e -> e != null && e.isOnOrBefore(on))
                .map(PartialDate::date).max(Comparator.naturalOrder()).orElse(null);
        return Part.of(Legal.NOT_MEMBER, lastEnd);
    }

    /**
     * Participation stops with a standing act and resumes with a return, a retraction or a resumption. In a
     * body with members only ceasing participation or a suspension stops it (a withdrawal runs its own
     * legal course); in a body without membership a withdrawal stops it too.
     */
    private static Part<Participation> participation(LocalDate on, boolean membershipBody, List<Action> known) {
        Action stopped = null;
        List<Action> basis = new ArrayList<>();
        for (Action a : known) {
            boolean stops = a.type() == ActionType.CEASE_PARTICIPATION || a.type() == ActionType.SUSPEND
                    || (!membershipBody && a.type() == ActionType.WITHDRAW);
            boolean resumes = a.type() == ActionType.REJOIN || a.type() == ActionType.RETRACT
                    || a.type() == ActionType.RESUME_PARTICIPATION;
            if (stops) {
                if (stopped == null) basis.clear();
                stopped = a;
                basis.add(a);
            } else if (resumes && stopped != null) {
                basis.add(a);
                stopped = null;
            }
        }
        if (stopped != null) {
            LocalDate since = stopped.effective() != null && stopped.effective().isOnOrBefore(on)
                    ? stopped.effective().date() : stopped.firstDate().date();
            return new Part<>(Participation.CEASED, since, basis);
        }
        // A member's participation is a fact only when an act speaks of it; a body without membership is
        // taken part in unless an act says otherwise (there is nothing else to belong by).
        return membershipBody && basis.isEmpty() ? null : new Part<>(Participation.PARTICIPATING, null, basis);
    }

    /** Cut by a standing cease-funding act; restored by a later resume-funding (or a return). */
    private static Part<Funding> funding(List<Action> known) {
        Part<Funding> out = null;
        for (Action a : known) {
            LocalDate day = a.effective() != null ? a.effective().date() : a.firstDate().date();
            if (a.type() == ActionType.CEASE_FUNDING) {
                out = new Part<>(Funding.CUT, out != null && out.value() == Funding.CUT ? out.since() : day, withAct(out, a));
            } else if ((a.type() == ActionType.RESUME_FUNDING || a.type() == ActionType.REJOIN) && out != null
                    && out.value() == Funding.CUT) {
                out = new Part<>(Funding.RESTORED, day, withAct(out, a));
            }
        }
        return out;
    }

    private static List<Action> withAct(Part<Funding> before, Action a) {
        List<Action> basis = new ArrayList<>(before == null ? List.of() : before.basis());
        basis.add(a);
        return basis;
    }

    private static List<Action> from(List<Action> known, Action first) {
        int i = known.indexOf(first);
        return i < 0 ? List.of(first) : known.subList(i, known.size());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
