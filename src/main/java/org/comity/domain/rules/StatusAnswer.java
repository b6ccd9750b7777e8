package org.comity.domain.rules;

import java.time.LocalDate;
import java.util.List;
import org.comity.domain.Action;
import org.comity.domain.Episode;
import org.comity.domain.StatusFlag;

/**
 * Where a state stands with an organization on a day: the one-word summary and the three parts it is
 * made of (legal standing, participation, funding), each with its basis.
 *
 * @param since         the day the summary status began, when known
 * @param effective     the first day out of the pending or completed exit, when known
 * @param lastDay       the last day of membership, where the clause names the end of a period
 * @param legal         null when no record speaks of the state's standing (the summary is then unknown or ceased)
 * @param participation null where it does not apply (the state is out) or nothing is known
 * @param funding       null when no act speaks of the state's money for the body
 * @param basis         the recorded acts the summary rests on, oldest first
 * @param episode       the membership episode covering the day, if any
 * @param byActs        whether recorded legal acts decided the summary (an exit, a cease) rather than a member list
 */
public record StatusAnswer(Status status, LocalDate since, LocalDate effective, LocalDate lastDay, Part<Legal> legal,
                           Part<Participation> participation, Part<Funding> funding, List<StatusFlag> flags,
                           List<Action> basis, Episode episode, boolean byActs) {

    public StatusAnswer {
        flags = List.copyOf(flags);
        basis = List.copyOf(basis);
    }

    /** Whether the state counts among the members on the day: bound as a member or party, leaving or not. */
    public boolean belongs() {
        return legal != null && (legal.value() == Legal.MEMBER || legal.value() == Legal.WITHDRAWING)
                && (episode == null || episode.role().belongs());
    }
}
