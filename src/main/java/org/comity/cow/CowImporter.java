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
        return toRecord(igos(parsed), episodes(parsed), mapping, states, orgIds);
    }

    /** The IGOs of the published panel, unmapped. */
    static List<CowIgo> igos(CowFiles.Parsed parsed) {
        List<CowIgo> out = new ArrayList<>();
        for (CowFiles.IgoPanel p : parsed.igos().values()) {
            out.add(new CowIgo(p.ioname(), p.orgname(), p.start(), p.dead(), null, p.preciseBefore1965()));
        }
        return out;
    }

    /** Every episode of the published panel, with COW's own codes. */
    static List<CowEpisode> episodes(CowFiles.Parsed parsed) {
        List<CowEpisode> out = new ArrayList<>();
        for (CowFiles.IgoPanel p : parsed.igos().values()) {
            for (int s = 0; s < parsed.stateColumns().size(); s++) {
                Integer ccode = parsed.ccodeByState().get(parsed.stateColumns().get(s));
                out.addAll(runs(p, s, ccode == null ? -1 : ccode));
            }
        }
        return out;
    }

    /**
     * COW's IGOs and episodes with Comity's ids: states by their COW code in states.csv, organizations by
     * data/mappings/cow-igos.csv (unmapped IGOs answer as {@code cow-…}).
     */
    public static CowRecord toRecord(List<CowIgo> igos, List<CowEpisode> coded, Map<String, String> mapping,
                                     List<State> states, Set<String> orgIds) {
        Map<Integer, String> isoByCcode = new HashMap<>();
        for (State s : states) if (s.cowCode() != null) isoByCcode.putIfAbsent(s.cowCode(), s.iso3());
        for (var e : mapping.entrySet()) {
            if (e.getValue() != null && !orgIds.contains(e.getValue())) {
                throw new DatasetException(new Problem(CowMapping.FILE, 0, "org", e.getValue(),
                        "'" + e.getValue() + "' (for COW " + e.getKey() + ") is not an organization id"));
            }
        }
        Map<String, CowIgo> byName = new HashMap<>();
        List<CowIgo> mapped = new ArrayList<>();
        for (CowIgo i : igos) {
            CowIgo m = new CowIgo(i.ioname(), i.orgname(), i.start(), i.dead(), mapping.get(i.ioname()), i.preciseBefore1965());
            byName.put(m.ioname(), m);
            mapped.add(m);
        }
        List<Episode> episodes = new ArrayList<>(coded.size());
        for (CowEpisode c : coded) {
            String iso = isoByCcode.get(c.ccode());
            if (iso == null) {
                throw new DatasetException(new Problem(CowFiles.STATES, 0, "ccode", String.valueOf(c.ccode()),
                        "COW state " + c.ccode() + " has no row with that cow_code in states.csv"));
            }
            CowIgo igo = byName.get(c.ioname());
            if (igo == null) {
                throw new DatasetException(new Problem(CowExtract.EPISODES, 0, "ioname", c.ioname(), "no IGO '" + c.ioname() + "'"));
            }
            episodes.add(episode(igo, iso, c.role(), c.start(), c.end()));
        }
        return new CowRecord(mapped, episodes);
    }

    private static List<CowEpisode> runs(CowFiles.IgoPanel p, int column, int ccode) {
        List<CowEpisode> out = new ArrayList<>();
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
                out.add(new CowEpisode(p.ioname(), ccode, role, start, missingSince != null ? missingSince : year));
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
            out.add(new CowEpisode(p.ioname(), ccode, role, start, end));
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
