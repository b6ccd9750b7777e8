package org.comity.domain;

/**
 * How strong a source is. A fact lists its strongest source first; {@code comity validate} reports the
 * share of dated facts whose first source is primary.
 */
public enum SourceKind implements Coded {
    /** The depositary, the acting government's own act or gazette, the organization's own statement or list. */
    PRIMARY,
    /** Press and news agencies: second best, and said so. */
    SECONDARY,
    /** Encyclopedias and datasets (Wikipedia, Correlates of War). */
    REFERENCE
}
