package org.comity.dataset;

/**
 * Facts the dataset must keep, fixed by the primary source itself: the memorandum of 7 Jan 2026 lists
 * 66 organizations, 31 of them UN entities and 35 others (its sec. 2).
 */
public final class KnownFacts {

    private KnownFacts() {}

    public static final String MEMORANDUM_2026 = "us-memo-2026-01-07";
    public static final int MEMORANDUM_UN = 31;
    public static final int MEMORANDUM_NON_UN = 35;
}
