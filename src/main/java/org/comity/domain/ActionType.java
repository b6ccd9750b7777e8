package org.comity.domain;

/**
 * What an act does to a state's place in a body. {@code unsign}: a signatory notifies that it does not intend
 * to become a party (the US and the Rome Statute, 6 May 2002) — no membership ends, the signature stops
 * binding it; its member-list row as a signatory ends that day.
 */
public enum ActionType implements Coded {
    WITHDRAW, CEASE_FUNDING, CEASE_PARTICIPATION, REVIEW, REJOIN, RETRACT, SUSPEND, RESUME_FUNDING, RESUME_PARTICIPATION,
    UNSIGN;

    /** Actions that stop a state taking part in a body that has no membership to leave. */
    public boolean ceases() {
        return this == CEASE_FUNDING || this == CEASE_PARTICIPATION || this == SUSPEND || this == WITHDRAW;
    }
}
