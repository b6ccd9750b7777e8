package org.comity.linking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.domain.Alias;
import org.comity.domain.Organization;
import org.comity.names.Fold;
import org.comity.names.Names;
import org.comity.names.NormalText;
import org.comity.snapshot.Snapshot;

/**
 * Every name, acronym and alias of every organization of a snapshot, in every language, compiled into
 * one Aho-Corasick automaton over their normal forms ({@link NormalText}). A key two organizations
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

    private Dictionary(Snapshot snapshot, Map<String, Entry> byKey) {
        this.snapshot = snapshot;
        this.byKey = byKey;
        List<Entry> all = new ArrayList<>(byKey.values());
        for (Entry e : byKey.values()) all.addAll(spelledOut(e));
        this.entries = List.copyOf(all);
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

    /** The form and every other way it is written ({@link Names#writtenForms}), each under its key. */
    private static void add(Map<String, List<Surface>> byKey, String org, String form, String kind) {
        if (form == null || form.isBlank()) return;
        for (String written : Names.writtenForms(form)) addForm(byKey, org, form, written, kind);
    }

    private static void addForm(Map<String, List<Surface>> byKey, String org, String form, String written, String kind) {
        NormalText n = NormalText.of(written);
        String key = n.key();
        if (key.codePointCount(0, key.length()) < 2) return; // a single letter or character names nothing
        String exact = n.exactKey();
        List<Surface> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        for (Surface s : list) if (s.org().equals(org) && s.exact().equals(exact)) return;
        list.add(new Surface(org, form, kind, exact, Surface.caseMaskOf(exact)));
    }

    /** Past this many shortened words in one key, only the fully spelled-out form is added. */
    private static final int MAX_SPELLED = 4;

    /**
     * The entry again for each way of writing its shortened words out in full ("un population fund" is
     * also "united nations population fund"; see {@link Names#REWRITES}). The automaton reads a
     * text as written, so it must hold these forms itself. Where a word was spelled out, case is free,
     * as it is where the normal form rewrites a text.
     */
    private static List<Entry> spelledOut(Entry e) {
        String key = e.key();
        List<int[]> words = new ArrayList<>(); // {start, end, rewrite}
        int i = 0;
        while (i < key.length()) {
            if (!Fold.isWordChar(key.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < key.length() && Fold.isWordChar(key.charAt(i))) i++;
            for (int r = 0; r < Names.REWRITES.size(); r++) {
                if (key.substring(start, i).equals(Names.REWRITES.get(r).normal())) words.add(new int[] {start, i, r});
            }
        }
        if (words.isEmpty()) return List.of();
        List<Entry> out = new ArrayList<>();
        int all = (1 << words.size()) - 1;
        for (int chosen = words.size() > MAX_SPELLED ? all : 1; chosen <= all; chosen++) {
            StringBuilder k = new StringBuilder();
            int at = 0;
            for (int w = 0; w < words.size(); w++) {
                int[] word = words.get(w);
                k.append(key, at, word[0]);
                k.append((chosen & (1 << w)) != 0 ? Names.REWRITES.get(word[2]).written() : key.substring(word[0], word[1]));
                at = word[1];
            }
            k.append(key.substring(at));
            List<Surface> surfaces = new ArrayList<>();
            for (Surface s : e.surfaces()) surfaces.add(spelledOut(s, words, chosen));
            out.add(Entry.of(k.toString(), surfaces));
        }
        return out;
    }

    private static Surface spelledOut(Surface s, List<int[]> words, int chosen) {
        StringBuilder exact = new StringBuilder();
        List<Boolean> mask = new ArrayList<>();
        int at = 0;
        for (int w = 0; w < words.size(); w++) {
            int[] word = words.get(w);
            keep(s, at, word[0], exact, mask);
            if ((chosen & (1 << w)) != 0) {
                String full = Names.REWRITES.get(word[2]).written();
                exact.append(full);
                for (int j = 0; j < full.length(); j++) mask.add(false);
            } else {
                keep(s, word[0], word[1], exact, mask);
            }
            at = word[1];
        }
        keep(s, at, s.exact().length(), exact, mask);
        boolean[] m = new boolean[mask.size()];
        boolean any = false;
        for (int j = 0; j < m.length; j++) any |= m[j] = mask.get(j);
        return new Surface(s.org(), s.form(), s.kind(), exact.toString(), any ? m : null);
    }

    /** Copies the surface's exact chars [from, to) and their case mask. */
    private static void keep(Surface s, int from, int to, StringBuilder exact, List<Boolean> mask) {
        for (int j = from; j < to; j++) {
            exact.append(s.exact().charAt(j));
            mask.add(s.caseMask() != null && s.caseMask()[j]);
        }
    }

    /** Every key, by entry index (what a scanner reports). */
    List<String> keys() {
        return entries.stream().map(Entry::key).toList();
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    Entry entry(int index) {
        return entries.get(index);
    }

    /** Every key with its surfaces, the spelled-out forms included: what the linker can recognise. */
    List<Entry> entries() {
        return entries;
    }

    /** The scanner the linker uses: our automaton over {@link #keys()}. */
    KeyScanner scanner() {
        return automaton;
    }

    /** The organizations a name (whole, in any form) may mean, respecting case where it matters. */
    public Set<String> orgsNamed(String name) {
        NormalText n = NormalText.of(name);
        Entry e = byKey.get(n.key());
        Set<String> out = new LinkedHashSet<>();
        if (e == null) return out;
        int from = n.trimmedFrom();
        for (Surface s : e.surfaces()) if (s.caseAgrees(n, from)) out.add(s.org());
        return out;
    }

    /** The number of distinct keys (spelled-out forms not counted). */
    public int size() {
        return byKey.size();
    }

    /**
     * One curated name, acronym or alias for each key (the first in dataset order), for the naive baseline
     * of the benchmark. Forms that differ only in script, width or case are searched once, which keeps
     * the baseline on the strong side: the 765 distinct curated strings would make it slower. Forms the dictionary derives itself (U.N.) are not searched.
     */
    public List<String> forms() {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : byKey.values()) out.add(e.surfaces().get(0).form());
        return List.copyOf(out);
    }
}
