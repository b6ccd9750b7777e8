package org.comity.cow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.comity.dataset.DatasetException;
import org.comity.dataset.Problem;
import org.comity.domain.DatePrecision;
import org.comity.domain.Episode;
import org.comity.domain.PartialDate;
import org.comity.domain.Role;
import org.comity.domain.State;

/**
 * Turns the yearly COW panel into membership episodes: a run of years with the same role is one episode,
 * from its first year to the first year out (year precision; five-year precision before 1965 where COW
 * says its early dates are approximate). A missing year (-9) inside a run does not break it when the
 * same role resumes; a "not a member" or "not in the state system" year does.
 */
public final class CowImporter {

    private CowImporter() {}

    /**
     * @param mapping COW short name → Comity organization id (null: no Comity organization of its own)
     * @param states  the curated states, whose COW codes map COW's states to ISO ids
     */
    public static CowRecord read(Path dir, Map<String, String> mapping, List<State> states, Set<String> orgIds,
                                 IntConsumer progress) {
        CowFiles.Parsed parsed = CowFiles.read(dir, progress);
        Map<Integer, String> isoByCcode = new HashMap<>();
        for (State s : states) if (s.cowCode() != null) isoByCcode.putIfAbsent(s.cowCode(), s.iso3());
        String[] isoByColumn = new String[parsed.stateColumns().size()];
        for (int i = 0; i < isoByColumn.length; i++) {
            String column = parsed.stateColumns().get(i);
            Integer ccode = parsed.ccodeByState().get(column);
            String iso = isoByCcode.get(ccode);
            if (iso == null) {
                throw new DatasetException(new Problem(CowFiles.STATES, 0, "ccode", String.valueOf(ccode),
                        "COW state " + ccode + " (" + column + ") has no row with that cow_code in states.csv"));
            }
            isoByColumn[i] = iso;
        }
        for (var e : mapping.entrySet()) {
            if (e.getValue() != null && !orgIds.contains(e.getValue())) {
                throw new DatasetException(new Problem(CowMapping.FILE, 0, "org", e.getValue(),
                        "'" + e.getValue() + "' (for COW " + e.getKey() + ") is not an organization id"));
            }
        }
        List<CowIgo> igos = new ArrayList<>();
        List<Episode> episodes = new ArrayList<>();
        for (CowFiles.IgoPanel p : parsed.igos().values()) {
            CowIgo igo = new CowIgo(p.ioname(), p.orgname(), p.start(), p.dead(), mapping.get(p.ioname()), p.preciseBefore1965());
            igos.add(igo);
            for (int s = 0; s < isoByColumn.length; s++) episodes.addAll(episodes(p, igo, s, isoByColumn[s]));
        }
        return new CowRecord(igos, episodes);
    }

    private static List<Episode> episodes(CowFiles.IgoPanel p, CowIgo igo, int column, String state) {
        List<Episode> out = new ArrayList<>();
        byte role = 0;
        int start = 0;
        Integer missingSince = null;
        int lastYear = p.years().lastKey();
        for (var e : p.years().entrySet()) {
            int year = e.getKey();
            byte code = e.getValue()[column];
            if (code == CowFiles.MISSING) {
                if (role != 0 && missingSince == null) missingSince = year;
                continue;
            }
            boolean member = code == CowFiles.FULL || code == CowFiles.ASSOCIATE || code == CowFiles.OBSERVER;
            if (role != 0 && (!member || code != role)) {
                out.add(episode(igo, state, role, start, missingSince != null ? missingSince : year));
                role = 0;
            }
            missingSince = null;
            if (member && role == 0) {
                role = code;
                start = year;
            }
        }
        if (role != 0) {
            // Rows stop at 2014 (end of the data: still a member) or when the IGO died.
            Integer end = missingSince != null ? missingSince : lastYear >= CowRecord.LAST_YEAR ? null : Integer.valueOf(lastYear + 1);
            out.add(episode(igo, state, role, start, end));
        }
        return out;
    }

    private static Episode episode(CowIgo igo, String state, byte code, int start, Integer end) {
        Role role = code == CowFiles.FULL ? Role.MEMBER : code == CowFiles.ASSOCIATE ? Role.ASSOCIATE : Role.OBSERVER;
        return Episode.of(state, igo.comityId(), role, year(igo, start), end == null ? null : year(igo, end), null,
                List.of(CowRecord.SOURCE));
    }

    private static PartialDate year(CowIgo igo, int year) {
        boolean approximate = year < 1965 && !igo.preciseBefore1965();
        return PartialDate.year(year, approximate ? DatePrecision.FIVE_YEARS : DatePrecision.YEAR);
    }
}
