package org.comity.query;

import org.comity.domain.Episode;
import org.comity.domain.Organization;
import org.comity.domain.rules.StatusAnswer;

/** A state's place in one organization on a day: the episode it belongs by, its status, and the record that says so. */
public record Membership(Organization org, Episode episode, StatusAnswer status, String record) {}
