package org.comity.query;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.comity.cow.CowIgo;
import org.comity.cow.CowRecord;
import org.comity.domain.Action;
import org.comity.domain.EndReason;
import org.comity.domain.Episode;
import org.comity.domain.MemberList;
import org.comity.snapshot.Snapshot;

/**
 * Which record speaks for a state in an organization on a day. The curated legal acts always count (they
 * decide exits, returns and ceases); membership comes from the body's member list where it holds the
 * state or covers the day, and otherwise from the Correlates of War panel for the years it covers
 * (1816–2014, within the organization's own years). After 2014 COW says nothing: its "still a member
 * when the data end" is not carried forward.
 */
final class RecordLayers {

    static final String MEMBER_LIST = "member-list";
    static final String CURATED = "curated";
    static final String NONE = "none";

    /** The episodes that answer for one pair on one day, and whether their record covers the body then. */
    record PairRecord(List<Episode> episodes, boolean covered, String layer, MemberList list) {}

    private final Snapshot s;

    RecordLayers(Snapshot s) {
        this.s = s;
    }

    PairRecord pair(String state, String org, LocalDate on) {
        MemberList list = s.memberList(org);
        List<Episode> listed = s.episodes(state, org);
        if (list != null && (covers(list, on) || speaksFor(listed, on))) return new PairRecord(listed, covers(list, on), MEMBER_LIST, list);
        if (cowCovers(org, on.getYear())) return new PairRecord(cowEpisodes(state, org), true, CowRecord.SOURCE_ID, null);
        return new PairRecord(List.of(), false, NONE, list);
    }

    /**
     * Whether a partial list's rows speak for a state on a day: an episode covers it, or the state left by a
     * withdrawal, expulsion, suspension, dissolution or succession and had not come back. Before its first
     * row, or after a term ended on an elected body, a partial list says nothing.
     */
    static boolean speaksFor(List<Episode> listed, LocalDate on) {
        Episode last = null;
        for (Episode e : listed) {
            if (e.covers(on)) return true;
            if (e.end() != null && !e.end().isAfter(on) && (last == null || e.end().compareTo(last.end()) > 0)) last = e;
        }
        return last != null && last.endReason() != null && last.endReason() != EndReason.TERM_ENDED;
    }

    /** The answering episodes of a pair for a whole year (for counts and charts), or null when no record covers it. */
    List<Episode> yearEpisodes(String state, String org, int year) {
        MemberList list = s.memberList(org);
        List<Episode> listed = s.episodes(state, org);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (list != null && (covers(list, last) || listed.stream().anyMatch(e -> inYear(e, year)))) return listed;
        if (cowCovers(org, year)) return cowEpisodes(state, org);
        return null;
    }

    /** Whether any record covers the body in a year: a complete list by its end, or COW. */
    boolean yearCovered(String org, int year) {
        MemberList list = s.memberList(org);
        return (list != null && covers(list, LocalDate.of(year, 12, 31))) || cowCovers(org, year);
    }

    /** A complete list covers the days from its complete_from; a derived one as far as every list it follows does. */
    boolean covers(MemberList list, LocalDate on) {
        if (!list.derived()) return list.complete(on);
        if (list.completeFrom() != null && list.completeFrom().isAfter(on)) return false;
        for (String f : list.follows()) {
            MemberList followed = s.memberList(f);
            if (followed == null || followed.equals(list) || !covers(followed, on)) return false;
        }
        return true;
    }

    boolean cowCovers(String org, int year) {
        CowIgo igo = s.cowIgo(org);
        if (igo == null || year < Math.max(igo.start(), CowRecord.FIRST_YEAR) || year > CowRecord.LAST_YEAR) return false;
        return igo.dead() == null || year <= igo.dead();
    }

    /** COW episodes end with the data: one still open in 2014 says nothing of 2015 on. */
    List<Episode> cowEpisodes(String state, String org) {
        return s.importedEpisodes(state, org);
    }

    /** Every state any record names in the organization (members, signatories, states with acts). */
    Set<String> statesOf(String org) {
        Set<String> out = new LinkedHashSet<>();
        for (Episode e : s.episodesOfOrg(org)) out.add(e.state());
        for (Episode e : s.importedEpisodesOfOrg(org)) out.add(e.state());
        for (Action a : s.dataset().actions()) if (a.org().equals(org)) out.add(a.state());
        return out;
    }

    /** Every organization any record names for the state. */
    Set<String> orgsOf(String state) {
        Set<String> orgs = new LinkedHashSet<>();
        for (Episode e : s.episodesOfState(state)) orgs.add(e.org());
        for (Action a : s.dataset().actions()) if (a.state().equals(state)) orgs.add(a.org());
        for (Episode e : s.importedEpisodesOfState(state)) orgs.add(e.org());
        return orgs;
    }

    /** Whether an episode overlaps a calendar year at all. */
    static boolean inYear(Episode e, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return !e.start().date().isAfter(last) && (e.end() == null || e.end().date().isAfter(first));
    }
}
