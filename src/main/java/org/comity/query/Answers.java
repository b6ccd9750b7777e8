package org.comity.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.comity.cow.CowRecord;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.domain.PartialDate;
import org.comity.domain.Episode;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.domain.rules.Status;
import org.comity.domain.rules.StatusAnswer;
import org.comity.domain.rules.StatusRule;
import org.comity.snapshot.Snapshot;

/** The questions Comity answers, each over one snapshot. The CLI and the web API both call these. */
public final class Answers {

    private final Snapshot s;
    private final MergedRecord merged;

    public Answers(Snapshot s) {
        this.s = s;
        this.merged = new MergedRecord(s);
    }

    public Snapshot snapshot() {
        return s;
    }

    public List<OrgListing> orgs(OrgFilter f) {
        List<OrgListing> out = new ArrayList<>();
        if (f.instrument() != null) {
            if (s.instrument(f.instrument()) == null) throw new NotFoundException("no instrument '" + f.instrument() + "'");
            for (Action a : s.actionsOf(f.instrument())) {
                if (f.section() != null && a.section() != f.section()) continue;
                Organization o = s.org(a.org());
                if (matches(o, f)) out.add(new OrgListing(o, a));
            }
        } else {
            for (Organization o : s.organizations()) if (matches(o, f)) out.add(new OrgListing(o, null));
        }
        return out;
    }

    private static boolean matches(Organization o, OrgFilter f) {
        return (f.category() == null || o.category() == f.category()) && (f.kind() == null || o.kind() == f.kind());
    }

    /**
     * The curated record answers where it has anything on the pair, the COW import elsewhere; when both
     * speak and disagree about whether the state belonged, the COW answer comes along as {@code other}.
     */
    public StatusResult status(State state, Organization org, LocalDate on) {
        String st = state.iso3();
        boolean curated = merged.curated(st, org.id());
        List<Episode> imported = s.importedEpisodes(st, org.id());
        StatusAnswer answer = StatusRule.statusOn(on, org.hasMembership(), merged.episodes(st, org.id()),
                s.actions(st, org.id()), s.withdrawalRule(org.id()));
        String record = curated ? "curated" : imported.isEmpty() ? "none" : CowRecord.SOURCE_ID;
        StatusAnswer other = null;
        if (curated && !imported.isEmpty() && on.getYear() >= CowRecord.FIRST_YEAR && on.getYear() <= CowRecord.LAST_YEAR) {
            StatusAnswer cow = StatusRule.statusOn(on, true, imported, List.of(), null);
            if (belongs(cow) != belongs(answer)) other = cow;
        }
        return new StatusResult(state, org, on, answer, s.withdrawalRule(org.id()), record, other);
    }

    private static boolean belongs(StatusAnswer a) {
        return a.status() == Status.MEMBER || a.status() == Status.ANNOUNCED || a.status() == Status.WITHDRAWING
                || (a.status() == Status.CEASED && a.episode() != null);
    }

    /** Every recorded action in date order, optionally of one state, one organization and a date range. */
    public List<TimelineEvent> timeline(State state, Organization org, LocalDate from, LocalDate to) {
        List<TimelineEvent> out = new ArrayList<>();
        for (Action a : s.dataset().actions()) {
            if (state != null && !a.state().equals(state.iso3())) continue;
            if (org != null && !a.org().equals(org.id())) continue;
            LocalDate d = a.firstDate().date();
            if ((from != null && d.isBefore(from)) || (to != null && d.isAfter(to))) continue;
            LocalDate effective = StatusRule.effectiveOf(a, s.withdrawalRule(a.org()), retractedOn(a)).orElse(null);
            out.add(new TimelineEvent(a.firstDate(), a, effective));
        }
        out.sort(Comparator.comparing(TimelineEvent::date).thenComparing(e -> e.action().instrument())
                .thenComparingInt(e -> e.action().seq()));
        return out;
    }

    /** The day a later act retracted this withdrawal, or null: a retracted notice never takes effect. */
    private LocalDate retractedOn(Action w) {
        if (w.type() != ActionType.WITHDRAW) return null;
        for (Action a : s.actions(w.state(), w.org())) {
            if (a.type() == ActionType.RETRACT && a.firstDate().date().isAfter(w.firstDate().date())) return a.firstDate().date();
        }
        return null;
    }

    /** The states whose episodes cover {@code on}: curated ones first, then those known only from COW. */
    public List<Episode> members(Organization org, LocalDate on) {
        return merged.episodesOfOrg(org.id()).stream().filter(e -> e.covers(on)).toList();
    }

    /** Members per year (a state counts in every year it belonged at some time). */
    public List<YearCount> count(Organization org, int fromYear, int toYear) {
        if (toYear < fromYear) throw new BadInputException("--to " + toYear + " is before --from " + fromYear);
        List<Episode> episodes = merged.episodesOfOrg(org.id());
        List<YearCount> out = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            Set<String> states = new HashSet<>();
            for (Episode e : episodes) if (MergedRecord.inYear(e, y)) states.add(e.state());
            out.add(new YearCount(y, states.size()));
        }
        return out;
    }

    /** What changed for a state between two days: joins, returns, exits, notices, retractions. */
    public List<Change> diff(State state, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw new BadInputException("--to " + to + " is before --from " + from);
        Set<String> seen = new HashSet<>();
        List<Change> out = new ArrayList<>();
        for (String orgId : merged.orgsOfState(state.iso3())) {
            Organization org = s.org(orgId);
            List<Episode> episodes = merged.episodes(state.iso3(), orgId).stream()
                    .sorted(Comparator.comparing(Episode::start)).toList();
            for (int i = 0; i < episodes.size(); i++) {
                Episode e = episodes.get(i);
                if (within(e.start().date(), from, to)) add(out, seen, org, i == 0 ? "joined" : "rejoined", e.start(), e.sources());
                if (e.end() != null && within(e.end().date(), from, to)) add(out, seen, org, "left", e.end(), e.sources());
            }
            for (Action a : s.actions(state.iso3(), orgId)) {
                if (a.type() == ActionType.WITHDRAW) {
                    if (a.notice() != null && within(a.notice().date(), from, to)) add(out, seen, org, "notice", a.notice(), a.sources());
                    else if (a.notice() == null && a.announced() != null && within(a.announced().date(), from, to)) {
                        add(out, seen, org, "announced", a.announced(), a.sources());
                    }
                } else if (a.type() == ActionType.RETRACT && within(a.firstDate().date(), from, to)) {
                    add(out, seen, org, "retracted", a.firstDate(), a.sources());
                }
            }
        }
        out.sort(Comparator.comparing(Change::date).thenComparing(c -> c.org().id()));
        return out;
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private static void add(List<Change> out, Set<String> seen, Organization org, String change, PartialDate date, List<String> sources) {
        if (seen.add(org.id() + "/" + change + "/" + date)) out.add(new Change(org, change, date, sources.isEmpty() ? null : sources.get(0)));
    }

    /**
     * Where the COW import disagrees with the curated record about a state belonging to an organization,
     * year by year within the years COW covers for that organization, as runs of years.
     */
    public List<Conflict> conflicts() {
        List<Conflict> out = new ArrayList<>();
        Set<String> pairs = new java.util.LinkedHashSet<>();
        for (Episode e : s.dataset().episodes()) pairs.add(e.state() + "/" + e.org());
        for (String pair : pairs) {
            String state = pair.substring(0, pair.indexOf('/'));
            String orgId = pair.substring(pair.indexOf('/') + 1);
            List<Episode> imported = s.importedEpisodes(state, orgId);
            var igo = s.cowIgo(orgId);
            if (imported.isEmpty() || igo == null) continue;
            List<Episode> curated = s.episodes(state, orgId);
            int last = igo.dead() == null ? CowRecord.LAST_YEAR : Math.min(igo.dead(), CowRecord.LAST_YEAR);
            int runStart = -1;
            boolean runCurated = false;
            for (int y = Math.max(igo.start(), CowRecord.FIRST_YEAR); y <= last + 1; y++) {
                final int year = y;
                boolean c = y <= last && curated.stream().anyMatch(e -> MergedRecord.inYear(e, year));
                boolean o = y <= last && imported.stream().anyMatch(e -> MergedRecord.inYear(e, year));
                boolean differ = y <= last && c != o;
                if (differ && runStart < 0) {
                    runStart = y;
                    runCurated = c;
                } else if (runStart >= 0 && (!differ || c != runCurated)) {
                    List<String> sources = new ArrayList<>();
                    curated.forEach(e -> sources.addAll(e.sources()));
                    sources.add(CowRecord.SOURCE);
                    out.add(new Conflict(state, s.org(orgId), runStart, y - 1, runCurated ? "member" : "not-member",
                            runCurated ? "not-member" : "member", sources.stream().distinct().toList()));
                    runStart = differ ? y : -1;
                    runCurated = c;
                }
            }
        }
        return out;
    }

    /**
     * Every organization the state belongs to on {@code on}, or is leaving: its episodes that cover the
     * day, and the organizations with an exit under way.
     */
    public List<Membership> memberships(State state, LocalDate on) {
        Set<String> orgIds = merged.orgsOfState(state.iso3());
        List<Membership> out = new ArrayList<>();
        for (String id : orgIds) {
            Organization org = s.org(id);
            StatusAnswer st = status(state, org, on).answer();
            if (belongs(st)) out.add(new Membership(org, st.episode(), st));
        }
        return out;
    }
}
