package org.comity.domain;

public enum Role implements Coded { MEMBER, ASSOCIATE, OBSERVER, PARTY, PARTICIPANT, ELECTED_MEMBER }
