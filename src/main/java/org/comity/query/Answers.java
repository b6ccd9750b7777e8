package org.comity.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.comity.cow.CowRecord;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.domain.Episode;
import org.comity.domain.MemberList;
import org.comity.domain.Organization;
import org.comity.domain.PartialDate;
import org.comity.domain.Role;
import org.comity.domain.State;
import org.comity.domain.StatusFlag;
import org.comity.domain.rules.Status;
import org.comity.domain.WithdrawalRule;
import org.comity.domain.rules.Exit;
import org.comity.domain.rules.Exits;
import org.comity.domain.rules.StatusAnswer;
import org.comity.domain.rules.StatusRule;
import org.comity.snapshot.Snapshot;

/** The questions Comity answers, each over one snapshot. The CLI and the web API both call these. */
public final class Answers {

    private final Snapshot s;
    private final RecordLayers layers;

    public Answers(Snapshot s) {
        this.s = s;
        this.layers = new RecordLayers(s);
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

    /** Whether states belong to the organization at all: a body with members, parties or a member list. */
    private boolean hasMembership(Organization org) {
        return org.hasMembership() || s.memberList(org.id()) != null;
    }

    /**
     * One answer per pair and day, from all records: the curated acts decide exits and ceases, the member
     * list (or, for 1816–2014, COW) says who belonged. When another record disagrees about belonging, its
     * answer comes along as {@code other}.
     */
    public StatusResult status(State state, Organization org, LocalDate on) {
        String st = state.iso3();
        WithdrawalRule clause = s.withdrawalRule(org.id());
        List<Action> acts = s.actions(st, org.id());
        RecordLayers.PairRecord pr = layers.pair(st, org.id(), on);
        StatusAnswer answer = StatusRule.statusOn(on, hasMembership(org), pr.episodes(), pr.covered(), acts, clause);
        String record = answer.byActs() ? RecordLayers.CURATED : pr.layer();
        StatusAnswer other = null;
        String otherRecord = null;
        if (answer.status() == Status.WITHDRAWN && answer.flags().contains(StatusFlag.CONTESTED) && pr.layer().equals(RecordLayers.MEMBER_LIST)
                && pr.episodes().stream().anyMatch(e -> e.covers(on) && e.role().belongs())) {
            // The state says it left; the body contests it and still holds it a member (Venezuela and the OAS):
            // the body's list answers, flagged, with the state's act as the other answer.
            StatusAnswer listed = StatusRule.statusOn(on, true, pr.episodes(), pr.covered(), List.of(), clause);
            other = answer;
            otherRecord = RecordLayers.CURATED;
            answer = new StatusAnswer(listed.status(), listed.since(), answer.effective(), answer.lastDay(), listed.legal(),
                    listed.participation(), answer.funding(), answer.flags(), answer.basis(), listed.episode(), false);
            return new StatusResult(state, org, on, answer, clause, RecordLayers.MEMBER_LIST, pr.list(), s.check(org.id()), other,
                    otherRecord);
        }
        if (pr.layer().equals(RecordLayers.MEMBER_LIST) && layers.cowCovers(org.id(), on.getYear())) {
            StatusAnswer cow = StatusRule.statusOn(on, true, layers.cowEpisodes(st, org.id()), true, List.of(), null);
            if (cow.belongs() != answer.belongs()) {
                other = cow;
                otherRecord = CowRecord.SOURCE_ID;
            }
        }
        if (other == null && answer.byActs() && pr.layer().equals(RecordLayers.MEMBER_LIST)) {
            StatusAnswer listed = StatusRule.statusOn(on, true, pr.episodes(), pr.covered(), List.of(), null);
            if (listed.belongs() != answer.belongs()) {
                other = listed;
                otherRecord = RecordLayers.MEMBER_LIST;
            }
        }
        return new StatusResult(state, org, on, answer, clause, record, pr.list(), s.check(org.id()), other, otherRecord);
    }

    /**
     * Every dated event of the record, oldest first, optionally of one state, one organization and a date
     * range: each act on its first date, its notice when that came later, and the day it takes legal
     * effect (an exit or a return) when that is later still.
     */
    public List<TimelineEvent> timeline(State state, Organization org, LocalDate from, LocalDate to) {
        List<TimelineEvent> out = new ArrayList<>();
        for (Action a : s.dataset().actions()) {
            if (state != null && !a.state().equals(state.iso3())) continue;
            if (org != null && !a.org().equals(org.id())) continue;
            LocalDate effective = ownEffective(a);
            List<TimelineEvent> events = new ArrayList<>();
            String first = a.announced() != null ? "announced" : a.notice() != null ? "notice" : TimelineEvent.EFFECTIVE;
            events.add(new TimelineEvent(a.firstDate(), first, a, effective));
            if (a.announced() != null && a.notice() != null && a.notice().compareTo(a.announced()) > 0) {
                events.add(new TimelineEvent(a.notice(), "notice", a, effective));
            }
            if (effective != null && effective.isAfter(events.get(events.size() - 1).date().date())) {
                events.add(new TimelineEvent(PartialDate.day(effective), TimelineEvent.EFFECTIVE, a, effective));
            }
            for (TimelineEvent e : events) if (within(e.date().date(), from, to)) out.add(e);
        }
        out.sort(Comparator.comparing(TimelineEvent::date).thenComparing(e -> e.action().instrument())
                .thenComparingInt(e -> e.action().seq()));
        return out;
    }

    /**
     * The day an act takes legal effect by itself (an exit that nothing closed, a return), never that of
     * another act: the 2019 Paris notice took effect on 2020-11-04, whatever happened in 2025.
     */
    public LocalDate ownEffective(Action a) {
        WithdrawalRule clause = s.withdrawalRule(a.org());
        if (a.type() == ActionType.WITHDRAW) {
            Exit exit = Exits.of(a, s.actions(a.state(), a.org()), clause);
            return exit.takesEffect() ? exit.effective() : null;
        }
        if (a.type() == ActionType.REJOIN || a.type() == ActionType.RETRACT) return Exits.effective(a, clause).orElse(null);
        return a.effective() == null ? null : a.effective().date();
    }

    /** The exit an act starts, with its own course (effective date, last day, what closed it), or null for other acts. */
    public Exit exitOf(Action a) {
        return a.type() != ActionType.WITHDRAW ? null
                : Exits.of(a, s.actions(a.state(), a.org()), s.withdrawalRule(a.org()));
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    /** The roles an organization counts as its members (its list says; else members, parties, participants, seats). */
    public List<Role> countedRoles(Organization org) {
        MemberList list = s.memberList(org.id());
        return list == null ? MemberList.defaultCounted() : list.countedRoles();
    }

    /** The states that belong to the organization on {@code on} in one of {@code roles}, by the one status rule. */
    public List<Member> members(Organization org, LocalDate on, Set<Role> roles) {
        List<Member> out = new ArrayList<>();
        for (String iso3 : layers.statesOf(org.id())) {
            State st = s.state(iso3);
            if (st == null) continue;
            StatusResult r = status(st, org, on);
            Episode e = r.answer().episode();
            if (e == null || !roles.contains(e.role())) continue;
            if (e.role().belongs() ? belongsAsTheBodyCounts(r.answer(), e, on) : e.covers(on)) {
                out.add(new Member(st, e, r.answer(), r.record()));
            }
        }
        out.sort(Comparator.comparing(m -> m.state().iso3()));
        return out;
    }

    /**
     * Whether the body counts the state among its members: it belongs by the status rule, or it left by an
     * act the body contests while the body's own list still holds it (Venezuela and the OAS after 2019). The
     * row keeps its status (withdrawn) and flag (contested), so a reader sees both.
     */
    private static boolean belongsAsTheBodyCounts(StatusAnswer a, Episode e, LocalDate on) {
        return a.belongs() || (a.flags().contains(org.comity.domain.StatusFlag.CONTESTED) && e.covers(on));
    }

    /** The members the body counts, on a day. */
    public List<Member> members(Organization org, LocalDate on) {
        return members(org, on, Set.copyOf(countedRoles(org)));
    }

    /**
     * Members per year, counting a state in every year it belonged at some time, in the roles the body
     * counts; a year no record covers is a gap ({@code members} null), never a zero.
     */
    /** The years a count may ask for: COW's first year to the last a date of the record may have. */
    public static final int COUNT_FIRST_YEAR = 1816, COUNT_LAST_YEAR = 2100;

    public List<YearCount> count(Organization org, int fromYear, int toYear) {
        // Checked before any loop: a year is one step of it, and the record spans 1816 to today.
        if (fromYear < COUNT_FIRST_YEAR || toYear > COUNT_LAST_YEAR) {
            throw new BadInputException("years must lie within " + COUNT_FIRST_YEAR + "-" + COUNT_LAST_YEAR + " (the record's span); got "
                    + fromYear + "-" + toYear);
        }
        if (toYear < fromYear) throw new BadInputException("--to " + toYear + " is before --from " + fromYear);
        Set<Role> roles = Set.copyOf(countedRoles(org));
        Set<String> states = layers.statesOf(org.id());
        MemberList list = s.memberList(org.id());
        List<YearCount> out = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            if (!layers.yearCovered(org.id(), y)) {
                out.add(new YearCount(y, null, null));
                continue;
            }
            int n = 0;
            for (String st : states) {
                List<Episode> eps = layers.yearEpisodes(st, org.id(), y);
                if (eps == null) continue;
                for (Episode e : eps) {
                    boolean counted = roles.contains(e.role()) || (e.org().startsWith("cow-") || list == null) && e.role() == Role.MEMBER;
                    if (counted && RecordLayers.inYear(e, y)) {
                        n++;
                        break;
                    }
                }
            }
            boolean byList = list != null && layers.covers(list, LocalDate.of(y, 12, 31));
            out.add(new YearCount(y, n, byList ? RecordLayers.MEMBER_LIST : CowRecord.SOURCE_ID));
        }
        return out;
    }

    /**
     * What changed for a state between two days: joins and returns, notices, retractions, exits taking
     * effect ({@code left}), announcements. An act's change cites the act; a list's change cites the list.
     */
    public List<Change> diff(State state, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw new BadInputException("--to " + to + " is before --from " + from);
        Set<String> seen = new HashSet<>();
        List<Change> out = new ArrayList<>();
        for (String orgId : layers.orgsOf(state.iso3())) {
            Organization org = s.org(orgId);
            if (org == null) continue;
            for (Action a : s.actions(state.iso3(), orgId)) {
                if (a.type() == ActionType.WITHDRAW) {
                    if (a.notice() != null && within(a.notice().date(), from, to)) add(out, seen, org, "notice", a.notice(), a.sources());
                    else if (a.notice() == null && a.announced() != null && within(a.announced().date(), from, to)) {
                        add(out, seen, org, "announced", a.announced(), a.sources());
                    }
                    LocalDate effective = ownEffective(a);
                    if (effective != null && within(effective, from, to)) add(out, seen, org, "left", PartialDate.day(effective), a.sources());
                } else if (a.type() == ActionType.RETRACT && within(a.firstDate().date(), from, to)) {
                    add(out, seen, org, "retracted", a.firstDate(), a.sources());
                } else if (a.type() == ActionType.REJOIN) {
                    LocalDate back = ownEffective(a);
                    PartialDate when = back != null ? PartialDate.day(back) : a.firstDate();
                    if (within(when.date(), from, to)) add(out, seen, org, "rejoined", when, a.sources());
                }
            }
            List<Episode> episodes = new ArrayList<>(s.episodes(state.iso3(), orgId));
            if (episodes.isEmpty()) episodes.addAll(layers.cowEpisodes(state.iso3(), orgId));
            episodes.removeIf(e -> !e.role().belongs());
            episodes.sort(Comparator.comparing(Episode::start));
            for (int i = 0; i < episodes.size(); i++) {
                Episode e = episodes.get(i);
                if (within(e.start().date(), from, to)) add(out, seen, org, i == 0 ? "joined" : "rejoined", e.start(), e.sources());
                if (e.end() != null && within(e.end().date(), from, to)) add(out, seen, org, "left", e.end(), e.sources());
            }
        }
        out.sort(Comparator.comparing(Change::date).thenComparing(c -> c.org().id()));
        return out;
    }

    /** The first change of a kind on a day wins: acts are added before list rows, so an exit cites its act. */
    private static void add(List<Change> out, Set<String> seen, Organization org, String change, PartialDate date, List<String> sources) {
        String sameDay = org.id() + "/" + change + "/" + date.date();
        if (seen.add(sameDay)) out.add(new Change(org, change, date, sources.isEmpty() ? null : sources.get(0)));
    }

    /**
     * Where two records disagree about a state belonging to an organization, as runs of years: the member
     * list against COW (1816–2014; a year in which the list's episode starts or ends is not a disagreement,
     * since COW codes whole years), and the curated acts against the member list (an exit in effect that
     * the body's list does not show).
     */
    public List<Conflict> conflicts() {
        List<Conflict> out = new ArrayList<>();
        Set<String> pairs = new LinkedHashSet<>();
        for (Episode e : s.dataset().episodes()) pairs.add(e.state() + "/" + e.org());
        for (String pair : pairs) {
            String state = pair.substring(0, pair.indexOf('/'));
            String orgId = pair.substring(pair.indexOf('/') + 1);
            listAgainstCow(state, orgId, out);
            actsAgainstList(state, orgId, out);
        }
        return out;
    }

    private void listAgainstCow(String state, String orgId, List<Conflict> out) {
        var igo = s.cowIgo(orgId);
        if (igo == null) return;
        List<Episode> cow = layers.cowEpisodes(state, orgId);
        List<Episode> listed = s.episodes(state, orgId).stream().filter(e -> e.role().belongs()).toList();
        MemberList list = s.memberList(orgId);
        int first = Math.max(igo.start(), CowRecord.FIRST_YEAR);
        if (list != null && list.completeFrom() != null) first = Math.max(first, list.completeFrom().date().getYear());
        else if (!listed.isEmpty()) first = Math.max(first, listed.get(0).start().date().getYear());
        int last = igo.dead() == null ? CowRecord.LAST_YEAR : Math.min(igo.dead(), CowRecord.LAST_YEAR);
        int runStart = -1;
        boolean runListed = false;
        for (int y = first; y <= last + 1; y++) {
            final int year = y;
            boolean edge = listed.stream().anyMatch(e -> e.start().date().getYear() == year
                    || (e.end() != null && e.end().date().getYear() == year));
            boolean l = y <= last && listed.stream().anyMatch(e -> RecordLayers.inYear(e, year));
            boolean c = y <= last && cow.stream().anyMatch(e -> e.role() == Role.MEMBER && RecordLayers.inYear(e, year));
            boolean differ = y <= last && !edge && l != c;
            if (differ && runStart < 0) {
                runStart = y;
                runListed = l;
            } else if (runStart >= 0 && (!differ || l != runListed)) {
                List<String> sources = new ArrayList<>();
                listed.forEach(e -> sources.addAll(e.sources()));
                if (listed.isEmpty() && list != null) sources.addAll(list.sources());
                sources.add(CowRecord.SOURCE);
                out.add(new Conflict(state, s.org(orgId), runStart, y - 1, RecordLayers.MEMBER_LIST,
                        runListed ? "member" : "not-member", CowRecord.SOURCE_ID, runListed ? "not-member" : "member",
                        sources.stream().distinct().toList()));
                runStart = differ ? y : -1;
                runListed = l;
            }
        }
    }

    private void actsAgainstList(String state, String orgId, List<Conflict> out) {
        List<Action> acts = s.actions(state, orgId);
        if (acts.isEmpty()) return;
        for (Exit exit : Exits.of(acts, s.withdrawalRule(orgId))) {
            if (!exit.takesEffect()) continue;
            LocalDate out1 = exit.effective();
            for (Episode e : s.episodes(state, orgId)) {
                if (!e.role().belongs() || !e.covers(out1)) continue;
                // The list still holds the state after the act's exit: from that year to the list's own end (or that year alone).
                int to = e.end() == null ? out1.getYear() : Math.max(out1.getYear(), e.end().date().minusDays(1).getYear());
                List<String> sources = new ArrayList<>(exit.act().sources());
                sources.addAll(e.sources());
                out.add(new Conflict(state, s.org(orgId), out1.getYear(), to,
                        RecordLayers.CURATED, "withdrawn", RecordLayers.MEMBER_LIST, "member", sources.stream().distinct().toList()));
            }
        }
    }

    /**
     * Every organization the state belongs to on {@code on} (as a member or party, leaving or not), by the
     * one status rule: its list episode, or its COW episode for the years COW covers.
     */
    public List<Membership> memberships(State state, LocalDate on) {
        List<Membership> out = new ArrayList<>();
        for (String id : layers.orgsOf(state.iso3())) {
            Organization org = s.org(id);
            if (org == null) continue;
            StatusResult r = status(state, org, on);
            if (r.answer().belongs()) out.add(new Membership(org, r.answer().episode(), r.answer(), r.record()));
        }
        return out;
    }
}
