package org.comity.domain;

/** What a member of an organization is: most are states, some are territories, unions or states of the past. */
public enum StateKind implements Coded {
    STATE,
    /** A territory with its own membership in some bodies (Hong Kong at the WTO, Tokelau at WHO). */
    TERRITORY,
    /** A union of states that is itself a party or member (the European Union). */
    UNION,
    /** A state that no longer exists (the GDR, Czechoslovakia, the Papal States). */
    FORMER
}
