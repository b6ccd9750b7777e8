package org.comity.domain;

/**
 * How a state belongs during an episode. A {@code signatory} signed a treaty but never became a party:
 * it is recorded so that its answer is "not a member, signatory" rather than "unknown".
 */
public enum Role implements Coded {
    MEMBER, ASSOCIATE, OBSERVER, PARTY, PARTICIPANT, ELECTED_MEMBER, SIGNATORY;

    /** Whether the role makes a state one of the body's members or parties (observers and signatories do not). */
    public boolean belongs() {
        return this != OBSERVER && this != SIGNATORY;
    }

    /** Whether a body counts the role in its number of members unless its list says otherwise (associates apart). */
    public boolean countedByDefault() {
        return belongs() && this != ASSOCIATE;
    }
}
