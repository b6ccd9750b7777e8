package org.comity.domain.rules;

import org.comity.domain.Coded;

/** Where a state stands with an organization on a given day (docs/contract.md gives each meaning and the rule). */
public enum Status implements Coded {
    /** Belongs, with no exit under way. */
    MEMBER,
    /** Exit decided or ordered; no notice deposited yet. */
    ANNOUNCED,
    /** Notice given; not yet effective. */
    WITHDRAWING,
    /** A recorded withdrawal has taken effect and the state has not come back. */
    WITHDRAWN,
    /** Outside every recorded membership, with no recorded exit to explain it. */
    NOT_MEMBER,
    /** Takes part in a body that has no membership. */
    PARTICIPATING,
    /** Participation or funding in a body without membership has stopped. */
    CEASED,
    /** Nothing is recorded for this state and organization. */
    UNKNOWN
}
