package org.comity.domain;

/** How a state belongs: as a member, a party to a treaty, a participant, an elected seat, or not at all. */
public enum JoinedBy implements Coded { MEMBERS, PARTIES, PARTICIPANTS, ELECTED, NONE }
