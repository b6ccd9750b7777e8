package org.comity.domain.rules;

import java.time.LocalDate;
import java.util.List;
import org.comity.domain.Action;
import org.comity.domain.Episode;

/**
 * The status of a state in an organization on a day, with what it rests on.
 *
 * @param since     the day the status began, when known
 * @param effective the day the pending or completed exit takes effect, when known
 * @param basis     the recorded actions the answer rests on, oldest first
 * @param episode   the membership episode covering the day, if any
 */
public record StatusAnswer(Status status, LocalDate since, LocalDate effective, List<Action> basis, Episode episode) {}
