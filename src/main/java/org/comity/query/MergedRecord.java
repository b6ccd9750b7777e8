package org.comity.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.comity.domain.Episode;
import org.comity.snapshot.Snapshot;

/**
 * The curated record merged with the imported one, pair by pair: where Comity's curators recorded a
 * state in an organization (episodes or acts), their record answers; elsewhere the COW import does.
 */
final class MergedRecord {

    private final Snapshot s;

    MergedRecord(Snapshot s) {
        this.s = s;
    }

    boolean curated(String state, String org) {
        return !s.episodes(state, org).isEmpty() || !s.actions(state, org).isEmpty();
    }

    List<Episode> episodes(String state, String org) {
        return curated(state, org) ? s.episodes(state, org) : s.importedEpisodes(state, org);
    }

    /** Every episode of the organization that answers for its state, curated first. */
    List<Episode> episodesOfOrg(String org) {
        List<Episode> out = new ArrayList<>(s.episodesOfOrg(org));
        for (Episode e : s.importedEpisodesOfOrg(org)) if (!curated(e.state(), org)) out.add(e);
        return out;
    }

    Set<String> orgsOfState(String state) {
        Set<String> orgs = new LinkedHashSet<>();
        for (Episode e : s.episodesOfState(state)) orgs.add(e.org());
        for (var a : s.dataset().actions()) if (a.state().equals(state)) orgs.add(a.org());
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
