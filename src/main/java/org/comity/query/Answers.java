package org.comity.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.comity.domain.Action;
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

    public Answers(Snapshot s) {
        this.s = s;
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

    public StatusResult status(State state, Organization org, LocalDate on) {
        StatusAnswer answer = StatusRule.statusOn(on, org.hasMembership(), s.episodes(state.iso3(), org.id()),
                s.actions(state.iso3(), org.id()), s.withdrawalRule(org.id()));
        return new StatusResult(state, org, on, answer, s.withdrawalRule(org.id()));
    }

    /** Every recorded action in date order, optionally of one state, one organization and a date range. */
    public List<TimelineEvent> timeline(State state, Organization org, LocalDate from, LocalDate to) {
        List<TimelineEvent> out = new ArrayList<>();
        for (Action a : s.dataset().actions()) {
            if (state != null && !a.state().equals(state.iso3())) continue;
            if (org != null && !a.org().equals(org.id())) continue;
            LocalDate d = a.firstDate().date();
            if ((from != null && d.isBefore(from)) || (to != null && d.isAfter(to))) continue;
            LocalDate effective = StatusRule.effectiveOf(a, s.withdrawalRule(a.org()), null).orElse(null);
            out.add(new TimelineEvent(a.firstDate(), a, effective));
        }
        out.sort(Comparator.comparing(TimelineEvent::date).thenComparing(e -> e.action().instrument())
                .thenComparingInt(e -> e.action().seq()));
        return out;
    }

    /** The states whose recorded episodes cover {@code on}, in the curated order. */
    public List<Episode> members(Organization org, LocalDate on) {
        return s.episodesOfOrg(org.id()).stream().filter(e -> e.covers(on)).toList();
    }

    /**
     * Every organization the state belongs to on {@code on}, or is leaving: its episodes that cover the
     * day, and the organizations with an exit under way.
     */
    public List<Membership> memberships(State state, LocalDate on) {
        Set<String> orgIds = new LinkedHashSet<>();
        for (Episode e : s.episodesOfState(state.iso3())) orgIds.add(e.org());
        for (Action a : s.dataset().actions()) if (a.state().equals(state.iso3())) orgIds.add(a.org());
        List<Membership> out = new ArrayList<>();
        for (String id : orgIds) {
            Organization org = s.org(id);
            StatusAnswer st = status(state, org, on).answer();
            boolean belongs = st.status() == Status.MEMBER || st.status() == Status.ANNOUNCED
                    || st.status() == Status.WITHDRAWING;
            if (belongs) out.add(new Membership(org, st.episode(), st));
        }
        return out;
    }
}
