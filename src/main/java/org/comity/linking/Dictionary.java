package org.comity.linking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.domain.Alias;
import org.comity.domain.Organization;
import org.comity.snapshot.Snapshot;

/**
 * Every name, acronym and alias of every organization of a snapshot, in every language, compiled into
 * one Aho-Corasick automaton over their normal forms ({@link NormalizedText}). A key two organizations
 * share (ISA, ILC) keeps both: the linker decides, or reports the ambiguity.
 */
public final class Dictionary {

    /**
     * All the ways one normal form is written, by one or more organizations.
     *
     * @param orgs     the distinct organizations of the surfaces, in dataset order
     * @param caseFree whether no surface cares about case (then every surface matches wherever the key does)
     * @param surfaceArray the surfaces again, as an array: the linker walks them for every hit
     */
    record Entry(String key, List<Surface> surfaces, List<String> orgs, boolean caseFree, boolean acronymsOnly,
            Surface[] surfaceArray) {

        static Entry of(String key, List<Surface> surfaces) {
            Set<String> orgs = new LinkedHashSet<>();
            boolean caseFree = true;
            boolean acronyms = true;
            for (Surface s : surfaces) {
                orgs.add(s.org());
                caseFree &= s.caseMask() == null;
                acronyms &= s.isAcronym();
            }
            return new Entry(key, List.copyOf(surfaces), List.copyOf(orgs), caseFree, acronyms,
                    surfaces.toArray(Surface[]::new));
        }
    }

    private final Snapshot snapshot;
    private final Map<String, Entry> byKey;
    private final List<Entry> entries;
    private final KeyScanner automaton;
    private volatile KeyScanner library;

    private Dictionary(Snapshot snapshot, Map<String, Entry> byKey) {
        this.snapshot = snapshot;
        this.byKey = byKey;
        this.entries = List.copyOf(byKey.values());
        this.automaton = new Automaton(keys());
    }

    public static Dictionary compile(Snapshot s) {
        Map<String, List<Surface>> surfaces = new LinkedHashMap<>();
        for (Organization o : s.organizations()) {
            add(surfaces, o.id(), o.nameEn(), "name-en");
            add(surfaces, o.id(), o.nameZh(), "name-zh");
            add(surfaces, o.id(), o.acronym(), "acronym");
            for (Alias a : s.aliases(o.id())) add(surfaces, o.id(), a.alias(), a.type().code());
        }
        Map<String, Entry> byKey = new LinkedHashMap<>();
        surfaces.forEach((k, v) -> byKey.put(k, Entry.of(k, v)));
        return new Dictionary(s, byKey);
    }

    private static void add(Map<String, List<Surface>> byKey, String org, String form, String kind) {
        if (form == null || form.isBlank()) return;
        addForm(byKey, org, form, form, kind);
        // "Co-operation" is also written "Cooperation": a hyphen between lower-case letters may go
        // (not in acronyms: NATO-PA is not NATOPA).
        String joined = form.replaceAll("(?<=\\p{Ll})[-‐‑](?=\\p{Ll})", "");
        if (!joined.equals(form)) addForm(byKey, org, form, joined, kind);
    }

    private static void addForm(Map<String, List<Surface>> byKey, String org, String form, String written, String kind) {
        NormalizedText n = NormalizedText.of(written);
        String key = n.key();
        if (key.codePointCount(0, key.length()) < 2) return; // a single letter or character names nothing
        String exact = n.exactKey();
        List<Surface> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        for (Surface s : list) if (s.org().equals(org) && s.exact().equals(exact)) return;
        list.add(new Surface(org, form, kind, exact, Surface.caseMaskOf(exact)));
    }

    private List<String> keys() {
        return entries.stream().map(Entry::key).toList();
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    Entry entry(int index) {
        return entries.get(index);
    }

    /** The scanner the linker uses: ours, or (for comparison) org.ahocorasick's trie over the same keys. */
    KeyScanner scanner(boolean library) {
        if (!library) return automaton;
        KeyScanner l = this.library;
        if (l == null) this.library = l = new LibraryScanner(keys());
        return l;
    }

    /** The organizations a name (whole, in any form) may mean, respecting case where it matters. */
    public Set<String> orgsNamed(String name) {
        NormalizedText n = NormalizedText.of(name);
        Entry e = byKey.get(n.key());
        Set<String> out = new LinkedHashSet<>();
        if (e == null) return out;
        int from = n.trimmedFrom();
        for (Surface s : e.surfaces()) if (s.caseAgrees(n, from)) out.add(s.org());
        return out;
    }

    public int size() {
        return entries.size();
    }

    /** Every surface form (as curated), for the naive baseline of the benchmark. */
    public List<String> forms() {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : entries) for (Surface s : e.surfaces()) out.add(s.form());
        return List.copyOf(out);
    }
}
