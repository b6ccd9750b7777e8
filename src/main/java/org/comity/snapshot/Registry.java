package org.comity.snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.domain.State;
import org.comity.names.Names;

/**
 * The organizations and states of one version of the dataset by id and by name, without their memberships:
 * what a mapping file of an import is checked against. A {@link Snapshot} is one; {@link #of} makes a
 * lighter one from the two tables alone, for commands that need no more (an import of funding figures).
 */
public interface Registry {

    /** Whether {@code id} is an organization (curated, or known from the COW history where the registry has it). */
    boolean hasOrg(String id);

    /** Curated organizations that go by this acronym (compared as names are, {@link Names#key}). */
    Set<String> orgsAbbreviated(String acronym);

    State state(String iso3);

    /** State ids a name (any language, any listed form) may mean; several when it is ambiguous. */
    Set<String> statesNamed(String name);

    List<State> states();

    /** @param acronyms every curated organization's id, with its acronym (null where it has none) */
    static Registry of(Map<String, String> acronyms, List<State> states) {
        Set<String> orgs = Set.copyOf(acronyms.keySet());
        Map<String, Set<String>> byAcronym = byAcronym(acronyms);
        Map<String, State> byId = new LinkedHashMap<>();
        for (State s : states) byId.put(s.iso3(), s);
        Map<String, Set<String>> names = NameIndex.states(states);
        List<State> all = List.copyOf(states);
        return new Registry() {
            @Override public boolean hasOrg(String id) { return orgs.contains(id); }
            @Override public Set<String> orgsAbbreviated(String acronym) { return byAcronym.getOrDefault(Names.key(acronym), Set.of()); }
            @Override public State state(String iso3) { return byId.get(iso3); }
            @Override public Set<String> statesNamed(String name) { return names.getOrDefault(Names.key(name), Set.of()); }
            @Override public List<State> states() { return all; }
        };
    }

    /** Ids by the key of their acronym; the snapshot's answer and the light registry's come from here. */
    static Map<String, Set<String>> byAcronym(Map<String, String> acronyms) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        acronyms.forEach((id, acronym) -> {
            if (acronym != null && !acronym.isBlank()) out.computeIfAbsent(Names.key(acronym), k -> new java.util.LinkedHashSet<>()).add(id);
        });
        return out;
    }
}
