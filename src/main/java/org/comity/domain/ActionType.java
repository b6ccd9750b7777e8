package org.comity.domain;

public enum ActionType implements Coded {
    WITHDRAW, CEASE_FUNDING, CEASE_PARTICIPATION, REVIEW, REJOIN, RETRACT, SUSPEND, RESUME_FUNDING, RESUME_PARTICIPATION;

    /** Actions that stop a state taking part in a body that has no membership to leave. */
    public boolean ceases() {
        return this == CEASE_FUNDING || this == CEASE_PARTICIPATION || this == SUSPEND || this == WITHDRAW;
    }
}
