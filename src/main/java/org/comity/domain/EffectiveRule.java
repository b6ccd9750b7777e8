package org.comity.domain;

/** How the date an exit takes effect follows from the date notice was received. */
public enum EffectiveRule implements Coded {
    /** Notice date plus one year (UNFCCC art. 25, Paris art. 28, the US reservation to the WHO Constitution). */
    ONE_YEAR_AFTER_NOTICE,
    /** Notice date plus the organization's own notice period (six months, 90 days...). */
    AFTER_NOTICE_PERIOD,
    /** 31 December of the year after notice (UNESCO Constitution art. II(6), ICCROM). */
    END_OF_FOLLOWING_YEAR,
    /** 31 December of the year of notice (IRENA Statute). */
    END_OF_SAME_YEAR,
    /** Effective on the day of notice (or of the announcement when no notice is needed). */
    IMMEDIATE,
    /** A date fixed by the act or the organization, recorded as such. */
    AS_STATED,
    /** The act has no legal effect date: reviews, funding decisions. */
    NONE,
    /** No rule recorded; the organization's withdrawal clause is used when there is one. */
    UNKNOWN
}
