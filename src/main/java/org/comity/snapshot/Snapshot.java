package org.comity.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.comity.cow.CowIgo;
import org.comity.cow.CowRecord;
import org.comity.domain.Action;
import org.comity.domain.JoinedBy;
import org.comity.domain.OrgKind;
import org.comity.domain.Alias;
import org.comity.domain.Dataset;
import org.comity.domain.Episode;
import org.comity.domain.Instrument;
import org.comity.domain.MemberCount;
import org.comity.domain.MemberList;
import org.comity.domain.RecordCheck;
import org.comity.domain.Organization;
import org.comity.domain.Source;
import org.comity.domain.State;
import org.comity.domain.WithdrawalRule;
import org.comity.names.Names;

/**
 * An immutable, indexed view of one version of the dataset. Every query reads one snapshot from start to
 * end; a write builds a new one and swaps it in ({@link SnapshotHolder}), so readers never see a half.
 */
public final class Snapshot implements Registry {

    private final Dataset dataset;
    private final long version;
    private final Map<String, Organization> orgs;
    private final Map<String, State> states;
    private final Map<String, Instrument> instruments;
    private final Map<String, Source> sources;
    private final Map<String, WithdrawalRule> rules;
    private final Map<String, List<Action>> actionsByInstrument;
    private final Map<String, List<Action>> actionsByPair;
    private final Map<String, List<Episode>> episodesByPair;
    private final Map<String, List<Episode>> episodesByOrg;
    private final Map<String, List<Episode>> episodesByState;
    private final Map<String, List<Alias>> aliasesByOrg;
    private final Map<String, MemberList> memberLists;
    private final Map<String, List<MemberCount>> countsByOrg;
    private final Map<String, RecordCheck> checks;
    private final Map<String, Set<String>> orgNames;
    private final Map<String, Set<String>> stateNames;
    private final Map<String, Set<String>> acronyms;
    private final CowRecord cow;
    private final Map<String, Organization> cowOnlyOrgs;
    private final Map<String, CowIgo> cowIgoByOrg;
    private final Map<String, List<Episode>> importedByPair;
    private final Map<String, List<Episode>> importedByOrg;
    private final Map<String, List<Episode>> importedByState;

    public Snapshot(Dataset dataset, long version) {
        this(dataset, CowRecord.empty(), version);
    }

    public Snapshot(Dataset dataset, CowRecord cow, long version) {
        this.dataset = dataset;
        this.version = version;
        this.cow = cow;
        this.cowIgoByOrg = index(cow.igos(), CowIgo::comityId);
        this.cowOnlyOrgs = index(cow.igos().stream().filter(i -> i.org() == null).map(Snapshot::cowOnly).toList(), Organization::id);
        List<Episode> byStart = cow.episodes().stream().sorted(java.util.Comparator.comparing(Episode::start)).toList();
        this.importedByPair = group(byStart, e -> pair(e.state(), e.org()));
        this.importedByOrg = group(byStart, Episode::org);
        this.importedByState = group(byStart, Episode::state);
        this.orgs = index(dataset.organizations(), Organization::id);
        this.states = index(dataset.states(), State::iso3);
        this.instruments = index(dataset.instruments(), Instrument::id);
        this.sources = index(dataset.sources(), Source::url);
        this.rules = index(dataset.withdrawalRules(), WithdrawalRule::org);
        this.actionsByInstrument = group(dataset.actions(), Action::instrument);
        this.actionsByPair = group(dataset.actions(), a -> pair(a.state(), a.org()));
        List<Episode> listed = DerivedLists.withDerived(dataset.memberLists(), dataset.episodes()).stream()
                .sorted(java.util.Comparator.comparing(Episode::start)).toList();
        this.episodesByPair = group(listed, e -> pair(e.state(), e.org()));
        this.episodesByOrg = group(listed, Episode::org);
        this.episodesByState = group(listed, Episode::state);
        this.memberLists = index(dataset.memberLists(), MemberList::org);
        this.countsByOrg = group(dataset.memberCounts(), MemberCount::org);
        Map<String, RecordCheck> latest = new LinkedHashMap<>();
        for (RecordCheck c : dataset.checks()) latest.merge(c.org(), c, (a, b) -> b.checked().isAfter(a.checked()) ? b : a);
        this.checks = Collections.unmodifiableMap(latest);
        this.aliasesByOrg = group(dataset.aliases(), Alias::org);
        this.orgNames = NameIndex.orgs(dataset, cowOnlyOrgs.values());
        this.stateNames = NameIndex.states(dataset.states());
        Map<String, String> acronymById = new LinkedHashMap<>();
        for (Organization o : dataset.organizations()) acronymById.put(o.id(), o.acronym());
        this.acronyms = Registry.byAcronym(acronymById);
    }

    public static Snapshot empty() {
        return new Snapshot(Dataset.empty(), 0);
    }

    public Dataset dataset() { return dataset; }
    public long version() { return version; }
    public List<Organization> organizations() { return dataset.organizations(); }
    /** A curated organization, or else one known only from the COW import ({@code cow-…} ids). */
    public Organization org(String id) {
        Organization o = orgs.get(id);
        return o != null ? o : cowOnlyOrgs.get(id);
    }
    public CowRecord cow() { return cow; }
    /** The COW organization an organization corresponds to, or null. */
    public CowIgo cowIgo(String org) { return cowIgoByOrg.get(org); }
    /** Imported (COW) episodes of a state in an organization, oldest first. */
    public List<Episode> importedEpisodes(String state, String org) { return importedByPair.getOrDefault(pair(state, org), List.of()); }
    public List<Episode> importedEpisodesOfOrg(String org) { return importedByOrg.getOrDefault(org, List.of()); }
    public List<Episode> importedEpisodesOfState(String state) { return importedByState.getOrDefault(state, List.of()); }
    @Override public State state(String iso3) { return states.get(iso3); }
    @Override public boolean hasOrg(String id) { return org(id) != null; }
    @Override public Set<String> orgsAbbreviated(String acronym) { return acronyms.getOrDefault(Names.key(acronym), Set.of()); }
    @Override public List<State> states() { return dataset.states(); }
    public Instrument instrument(String id) { return instruments.get(id); }
    public Source source(String url) { return sources.get(url); }
    public WithdrawalRule withdrawalRule(String org) { return rules.get(org); }
    public List<Action> actionsOf(String instrument) { return actionsByInstrument.getOrDefault(instrument, List.of()); }
    public List<Action> actions(String state, String org) { return actionsByPair.getOrDefault(pair(state, org), List.of()); }
    /** Member-list episodes of a state in an organization (derived ones included), oldest first. */
    public List<Episode> episodes(String state, String org) { return episodesByPair.getOrDefault(pair(state, org), List.of()); }
    public List<Episode> episodesOfOrg(String org) { return episodesByOrg.getOrDefault(org, List.of()); }
    public List<Episode> episodesOfState(String state) { return episodesByState.getOrDefault(state, List.of()); }
    /** The organization's member list, or null when Comity holds none. */
    public MemberList memberList(String org) { return memberLists.get(org); }
    /** Official counts of the organization's members, oldest first. */
    public List<MemberCount> memberCounts(String org) { return countsByOrg.getOrDefault(org, List.of()); }
    /** The latest check of the organization's record, or null when none is recorded. */
    public RecordCheck check(String org) { return checks.get(org); }
    public List<Alias> aliases(String org) { return aliasesByOrg.getOrDefault(org, List.of()); }

    /** Organization ids a name (any language, any listed form) may mean; several when it is ambiguous. */
    public Set<String> orgsNamed(String name) {
        return orgNames.getOrDefault(Names.key(name), Set.of());
    }

    /** Organizations (then states) any of whose names contains the text, in the curated order; for search. */
    public List<String> orgsMatching(String text) {
        return matching(orgNames, text);
    }

    public List<String> statesMatching(String text) {
        return matching(stateNames, text);
    }

    private static List<String> matching(Map<String, Set<String>> names, String text) {
        String q = Names.key(text);
        if (q.isEmpty()) return List.of();
        Set<String> exact = new java.util.LinkedHashSet<>(names.getOrDefault(q, Set.of()));
        Set<String> partial = new java.util.LinkedHashSet<>();
        names.forEach((name, ids) -> { if (name.contains(q)) partial.addAll(ids); });
        exact.addAll(partial);
        return List.copyOf(exact);
    }

    @Override
    public Set<String> statesNamed(String name) {
        return stateNames.getOrDefault(Names.key(name), Set.of());
    }

    private static String pair(String state, String org) {
        return state + "/" + org;
    }

    private static Organization cowOnly(CowIgo i) {
        return new Organization(i.comityId(), i.orgname(), null, i.ioname(), OrgKind.ORGANIZATION, JoinedBy.MEMBERS,
                null, null, "known only from the Correlates of War IGO data", null, i.start(), null, null, null,
                List.of(CowRecord.SOURCE));
    }

    private static <T> Map<String, T> index(List<T> records, Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T r : records) out.put(key.apply(r), r);
        return Collections.unmodifiableMap(out);
    }

    private static <T> Map<String, List<T>> group(List<T> records, Function<T, String> key) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        for (T r : records) out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }
}
