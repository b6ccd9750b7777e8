package org.comity.cow;

import java.util.List;
import org.comity.domain.Episode;

/**
 * The imported Correlates of War record: its organizations and the membership episodes built from the
 * yearly panel, with state and organization already mapped to Comity's ids. Kept apart from the curated
 * record; where the two disagree, the curated one answers and the disagreement is shown.
 */
public record CowRecord(List<CowIgo> igos, List<Episode> episodes) {

    public static final String SOURCE = "https://correlatesofwar.org/data-sets/IGOs/";
    public static final String SOURCE_ID = "cow-igo-v3";
    /** The last year the v3 data covers. */
    public static final int LAST_YEAR = 2014;
    public static final int FIRST_YEAR = 1816;

    public CowRecord {
        igos = List.copyOf(igos);
        episodes = List.copyOf(episodes);
    }

    public static CowRecord empty() {
        return new CowRecord(List.of(), List.of());
    }
}
