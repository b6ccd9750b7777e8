package org.comity.domain;

public enum EndReason implements Coded { WITHDRAWAL, TERM_ENDED, DISSOLUTION, EXPULSION, OTHER }
