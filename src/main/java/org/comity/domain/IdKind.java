package org.comity.domain;

/** The kinds of published id that keep a redirect when they are replaced (replaced-ids.csv). */
public enum IdKind implements Coded {
    ORGANIZATION, INSTRUMENT
}
