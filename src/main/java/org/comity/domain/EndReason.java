package org.comity.domain;

/** Why an episode ended. {@code succession}: continued by a successor under another code; {@code dissolution}: the state or body ceased to exist. */
public enum EndReason implements Coded { WITHDRAWAL, TERM_ENDED, DISSOLUTION, EXPULSION, SUSPENSION, SUCCESSION, OTHER }
