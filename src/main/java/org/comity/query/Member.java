package org.comity.query;

import org.comity.domain.Episode;
import org.comity.domain.State;
import org.comity.domain.rules.StatusAnswer;

/** One member of an organization on a day: the episode it belongs by, its status, and the record that says so. */
public record Member(State state, Episode episode, StatusAnswer status, String record) {}
