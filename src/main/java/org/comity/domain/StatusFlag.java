package org.comity.domain;

/** Marks an exit whose legal effect is in doubt, so an answer never states it as plain fact. */
public enum StatusFlag implements Coded {
    /** The organization disputes or has not accepted the exit (WHO's Executive Board, Feb 2026). */
    CONTESTED,
    /** A condition the clause or a reservation sets for the exit is not met (the US's unpaid WHO dues). */
    CONDITIONS_UNMET
}
