package org.comity.domain.rules;

import org.comity.domain.Coded;

/** Legal standing: whether the state is bound as a member or party on the day. */
public enum Legal implements Coded {
    MEMBER,
    /** Notice given, not yet effective: still bound. */
    WITHDRAWING,
    WITHDRAWN,
    NOT_MEMBER,
    /** Signed a treaty and never became a party. */
    SIGNATORY
}
