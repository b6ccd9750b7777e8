package org.comity.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.comity.domain.Alias;
import org.comity.domain.Organization;
import org.comity.snapshot.Snapshot;

/**
 * Every name, acronym and alias of every organization of a snapshot, in every language, compiled into
 * one Aho-Corasick automaton over their normal forms ({@link NormalizedText}). A key two organizations
 * share (ISA, ILC) keeps both: the linker decides, or reports the ambiguity.
 */
public final class Dictionary {

    /** All the ways one normal form is written, by one or more organizations. */
    record Entry(String key, List<Surface> surfaces) {}

    private final Snapshot snapshot;
    private final Map<String, Entry> entries;
    private final PayloadTrie<Entry> trie;

    private Dictionary(Snapshot snapshot, Map<String, Entry> entries) {
        this.snapshot = snapshot;
        this.entries = entries;
        PayloadTrie.PayloadTrieBuilder<Entry> b = PayloadTrie.builder();
        for (Entry e : entries.values()) b.addKeyword(e.key(), e);
        this.trie = b.build();
    }

    public static Dictionary compile(Snapshot s) {
        Map<String, List<Surface>> byKey = new LinkedHashMap<>();
        for (Organization o : s.organizations()) {
            add(byKey, o.id(), o.nameEn(), "name-en");
            add(byKey, o.id(), o.nameZh(), "name-zh");
            add(byKey, o.id(), o.acronym(), "acronym");
            for (Alias a : s.aliases(o.id())) add(byKey, o.id(), a.alias(), a.type().code());
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        byKey.forEach((k, v) -> entries.put(k, new Entry(k, List.copyOf(v))));
        return new Dictionary(s, entries);
    }

    private static void add(Map<String, List<Surface>> byKey, String org, String form, String kind) {
        if (form == null || form.isBlank()) return;
        addForm(byKey, org, form, form, kind);
        // "Co-operation" is also written "Cooperation": a hyphenated name gets its unhyphenated twin.
        String joined = form.replaceAll("(?<=\\p{L})[-‐‑](?=\\p{L})", "");
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

    public Snapshot snapshot() {
        return snapshot;
    }

    /** Every occurrence of a key in the normalised text, overlapping ones included, in no set order. */
    Collection<PayloadEmit<Entry>> scan(NormalizedText text) {
        return trie.parseText(text.lowerChars());
    }

    /** The entry of a whole name, if the dictionary holds it (the list mode's exact look-up). */
    Entry exactly(String name) {
        return entries.get(NormalizedText.of(name).key());
    }

    /** The organizations a name (whole, in any form) may mean, respecting case where it matters. */
    public Set<String> orgsNamed(String name) {
        NormalizedText n = NormalizedText.of(name);
        Entry e = entries.get(n.key());
        Set<String> out = new LinkedHashSet<>();
        if (e == null) return out;
        int from = 0;
        while (from < n.length() && n.lower(from) == ' ') from++;
        for (Surface s : e.surfaces()) if (s.caseAgrees(n, from)) out.add(s.org());
        return out;
    }

    public int size() {
        return entries.size();
    }

    /** Every surface form (as curated), for the naive baseline of the benchmark. */
    public List<String> forms() {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : entries.values()) for (Surface s : e.surfaces()) out.add(s.form());
        return List.copyOf(out);
    }
}
