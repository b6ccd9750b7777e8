package org.comity.snapshot;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.domain.Alias;
import org.comity.domain.Dataset;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.names.Names;

/**
 * Which ids a name may mean: every name of an organization or a state under the key ({@link Names#key}) of
 * each way it is written. The snapshot and the lighter {@link Registry} of importers build theirs here, so a
 * name means the same everywhere.
 */
final class NameIndex {

    private NameIndex() {}

    static Map<String, Set<String>> orgs(Dataset d, Collection<Organization> cowOnly) {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (Organization o : d.organizations()) {
            putKey(names, o.id(), o.id());
            for (String n : new String[] {o.nameEn(), o.nameZh(), o.acronym()}) put(names, n, o.id());
        }
        for (Alias a : d.aliases()) put(names, a.alias(), a.org());
        // COW-only organizations answer to their id and full name, and to their COW acronym unless a
        // curated body already goes by it (COW's CEC is not the curated CEC).
        for (Organization o : cowOnly) {
            putKey(names, o.id(), o.id());
            put(names, o.nameEn(), o.id());
            if (!names.containsKey(Names.key(o.acronym()))) put(names, o.acronym(), o.id());
        }
        return freeze(names);
    }

    static Map<String, Set<String>> states(List<State> states) {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (State s : states) {
            putKey(names, s.iso3(), s.iso3());
            for (String n : new String[] {s.nameEn(), s.nameZh()}) put(names, n, s.iso3());
        }
        return freeze(names);
    }

    /** A name under the key of each way it is written ({@link Names#writtenForms}), as the linker's dictionary holds it. */
    private static void put(Map<String, Set<String>> names, String name, String id) {
        if (name == null || name.isBlank()) return;
        for (String form : Names.writtenForms(name)) putKey(names, form, id);
    }

    /** An id under its own key only: ids are typed, not written in texts. */
    private static void putKey(Map<String, Set<String>> names, String name, String id) {
        names.computeIfAbsent(Names.key(name), k -> new LinkedHashSet<>()).add(id);
    }

    private static Map<String, Set<String>> freeze(Map<String, Set<String>> names) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        names.forEach((k, v) -> out.put(k, Collections.unmodifiableSet(v)));
        return Collections.unmodifiableMap(out);
    }
}
