package org.comity.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.domain.UnSystem;
import org.comity.names.Fold;
import org.comity.names.NormalText;
import org.comity.query.BadInputException;
import org.comity.snapshot.Snapshot;

/**
 * Finds the organizations a text names: every dictionary key found in the text read in its normal form, kept when it
 * stands as a whole token and in the right case, longest first where matches overlap; then a bracketed
 * acronym right after a name joins it, and shared acronyms are settled by the text or left ambiguous.
 * Thread-safe: one linker per snapshot serves every request.
 */
public final class Linker {

    /** How far around an ambiguous acronym (chars each side) its context is read. */
    private static final int CONTEXT = 300;

    private final Dictionary dictionary;
    private final Map<List<String>, Map<String, List<String>>> cues = new java.util.concurrent.ConcurrentHashMap<>();

    public Linker(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    public static Linker of(Snapshot s) {
        return new Linker(Dictionary.compile(s));
    }

    public Dictionary dictionary() {
        return dictionary;
    }

    /** A match under way: the span of its key, the span of the mention, the organizations it may still mean. */
    private static final class Span {
        final int from;
        final int to;
        int start;
        int end;
        List<String> orgs;
        /** Every reading the name had before the text settled it (kept to show what was decided). */
        List<String> candidates;
        String basis;
        String form;

        Span(int from, int to, List<String> orgs, String basis, String form) {
            this.from = from;
            this.to = to;
            this.orgs = orgs;
            this.basis = basis;
            this.form = form;
        }
    }

    /** The mentions of {@code text}, in text order. */
    public List<Mention> link(String text) {
        return link(text, dictionary.scanner());
    }

    /** The same with another scanner over the dictionary's keys (the tests' cross-check with org.ahocorasick). */
    List<Mention> link(String text, KeyScanner scanner) {
        char[] chars = text.toCharArray();
        Hits hits = new Hits(chars.length / 16);
        scanner.scan(text, chars, hits);
        List<Span> spans = longestFirst(chars, hits);
        for (Span s : spans) {
            s.start = s.from;
            s.end = s.to;
            widenToTitleBrackets(text, s);
        }
        spans = joinUnPrefixes(text, spans);
        spans = joinBracketedAcronyms(text, spans);
        settleAmbiguous(text, spans);
        List<Mention> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            String org = s.orgs.size() == 1 ? s.orgs.get(0) : null;
            out.add(new Mention(s.start, s.end, text.substring(s.start, s.end), org,
                    s.candidates != null ? s.candidates : s.orgs,
                    org == null ? "ambiguous" : s.basis, s.form));
        }
        return out;
    }

    /**
     * Whether hit {@code h} stands as a whole token and some surface of its key agrees in case; the
     * agreeing surfaces are noted in {@code agree} (a bit each) for {@link #span}.
     */
    private boolean valid(char[] text, Hits hits, int h, int[] agree) {
        int from = hits.from[h];
        int to = hits.to[h];
        if (!OriginalText.wholeToken(text, text.length, from, to)) return false;
        Dictionary.Entry e = dictionary.entry(hits.entry[h]);
        if (e.caseFree()) return true;
        // Nearly always the hit is its key's length and its letters are read in place.
        String written = to - from == e.key().length() ? null : OriginalText.exact(text, from, to);
        // Longer than its key still: it holds words the normal form shortens ("United Nations" for "UN"),
        // as only the library's scan reports, on the rewritten text.
        if (written != null && written.length() != e.key().length()) written = NormalText.of(written).exactKey();
        int bits = 0;
        Surface[] surfaces = e.surfaceArray();
        for (int i = 0; i < surfaces.length && i < 32; i++) if (surfaces[i].caseAgrees(text, from, written)) bits |= 1 << i;
        agree[h] = bits;
        return bits != 0;
    }

    /** The span of an accepted hit, with the organizations of the surfaces that agree in case. */
    private Span span(Hits hits, int h, int[] agree) {
        int from = hits.from[h];
        Dictionary.Entry e = dictionary.entry(hits.entry[h]);
        String basis = e.acronymsOnly() ? "acronym" : "name";
        Surface[] surfaces = e.surfaceArray();
        if (e.caseFree() || agree[h] == (1 << Math.min(surfaces.length, 32)) - 1) {
            return new Span(from, hits.to[h], e.orgs(), basis, surfaces[0].form());
        }
        Reading r = readings.computeIfAbsent(((long) hits.entry[h] << 32) | (agree[h] & 0xFFFFFFFFL),
                k -> Reading.of(surfaces, (int) (long) k));
        return new Span(from, hits.to[h], r.orgs(), r.basis(), r.form());
    }

    /** What a key means when only some of its surfaces agree in case (a bit each in {@code agree}). */
    private record Reading(List<String> orgs, String basis, String form) {

        static Reading of(Surface[] surfaces, int agree) {
            List<String> orgs = new ArrayList<>(2);
            String form = null;
            boolean acronyms = true;
            for (int i = 0; i < surfaces.length && i < 32; i++) {
                if ((agree & (1 << i)) == 0) continue;
                Surface s = surfaces[i];
                if (!orgs.contains(s.org())) orgs.add(s.org());
                if (form == null) form = s.form();
                acronyms &= s.isAcronym();
            }
            return new Reading(List.copyOf(orgs), acronyms ? "acronym" : "name", form);
        }
    }

    /** Readings by key index and agreeing surfaces: the same few come back for every hit of a long text. */
    private final Map<Long, Reading> readings = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Longest match wins; among equals the earlier; whatever overlaps a kept match is dropped. Only
     * hits that overlap others need that contest, so valid hits are first grouped into clusters of
     * overlapping ones (one pass: the scan yields hits by their ends) and each cluster is settled alone,
     * with the same result as settling all at once. Returned in text order.
     */
    private List<Span> longestFirst(char[] text, Hits hits) {
        int count = hits.size;
        int[] order = new int[count];
        int[] agree = new int[count];
        int valid = 0;
        for (int h = 0; h < count; h++) if (valid(text, hits, h, agree)) order[valid++] = h;
        // Clusters as a stack of [first index into order, lowest start, highest end].
        int[] first = new int[valid + 1];
        int[] low = new int[valid + 1];
        int[] high = new int[valid + 1];
        int clusters = 0;
        for (int i = 0; i < valid; i++) {
            int h = order[i];
            int from = hits.from[h];
            int to = hits.to[h];
            if (clusters > 0 && from < high[clusters - 1]) {
                int top = clusters - 1;
                low[top] = Math.min(low[top], from);
                high[top] = Math.max(high[top], to);
                // A long hit may reach back over earlier clusters: fold them in.
                while (clusters > 1 && high[clusters - 2] > low[clusters - 1]) {
                    low[clusters - 2] = Math.min(low[clusters - 2], low[clusters - 1]);
                    high[clusters - 2] = Math.max(high[clusters - 2], high[clusters - 1]);
                    clusters--;
                }
            } else {
                first[clusters] = i;
                low[clusters] = from;
                high[clusters] = to;
                clusters++;
            }
        }
        first[clusters] = valid;
        List<Span> out = new ArrayList<>(clusters + 16);
        for (int c = 0; c < clusters; c++) {
            int size = first[c + 1] - first[c];
            if (size == 1) out.add(span(hits, order[first[c]], agree));
            else settleCluster(hits, order, agree, first[c], first[c + 1], low[c], high[c], out);
        }
        out.sort(Comparator.comparingInt(s -> s.from)); // already nearly in order: close to linear
        return out;
    }

    /** Clusters up to this size are settled by repeated selection, without sorting or allocating. */
    private static final int SMALL_CLUSTER = 16;

    /** Greedy longest-first among overlapping hits order[from, to) spanning [low, high) of the text. */
    private void settleCluster(Hits hits, int[] order, int[] agree, int from, int to, int low, int high,
            List<Span> out) {
        if (to - from <= SMALL_CLUSTER) {
            settleSmallCluster(hits, order, agree, from, to, out);
            return;
        }
        if (to - from >= 1 << 20) {
            throw new BadInputException("the text holds more than a million overlapping names in a row: split it");
        }
        long[] ranked = new long[to - from];
        for (int i = from; i < to; i++) {
            int h = order[i];
            int len = Math.min(hits.to[h] - hits.from[h], 0x7FFF);
            // length descending, then start, then position in order: packed so a primitive sort ranks them
            ranked[i - from] = ((long) (0x7FFF - len) << 48) | ((long) (hits.from[h] - low) << 20) | (i - from);
        }
        Arrays.sort(ranked);
        BitSet taken = new BitSet(high - low);
        for (long r : ranked) {
            int h = order[from + (int) (r & 0xFFFFF)];
            int a = hits.from[h] - low;
            int b = hits.to[h] - low;
            int clash = taken.nextSetBit(a);
            if (clash >= 0 && clash < b) continue;
            taken.set(a, b);
            out.add(span(hits, h, agree));
        }
    }

    /** The same for a few hits (a name and the shorter names inside it): pick the best, drop its rivals, repeat. */
    private void settleSmallCluster(Hits hits, int[] order, int[] agree, int from, int to, List<Span> out) {
        int size = to - from;
        long alive = (1L << size) - 1;
        while (alive != 0) {
            int best = -1;
            for (int i = 0; i < size; i++) {
                if ((alive & (1L << i)) == 0) continue;
                if (best < 0 || better(hits, order[from + i], order[from + best])) best = i;
            }
            int h = order[from + best];
            out.add(span(hits, h, agree));
            alive &= ~(1L << best);
            for (int i = 0; i < size; i++) {
                int o = order[from + i];
                if ((alive & (1L << i)) != 0 && hits.from[o] < hits.to[h] && hits.from[h] < hits.to[o]) alive &= ~(1L << i);
            }
        }
    }

    private static boolean better(Hits hits, int a, int b) {
        int la = hits.to[a] - hits.from[a];
        int lb = hits.to[b] - hits.from[b];
        return la > lb || (la == lb && hits.from[a] < hits.from[b]);
    }

    /** 《联合国气候变化框架公约》 is one mention, book-title brackets included. */
    private static void widenToTitleBrackets(String text, Span s) {
        if (s.start > 0 && s.end < text.length()) {
            char before = text.charAt(s.start - 1);
            char after = text.charAt(s.end);
            if ((before == '《' && after == '》') || (before == '〈' && after == '〉')) {
                s.start--;
                s.end++;
            }
        }
    }

    /** The United Nations' id: "联合国" or "UN" right before a UN body's name is part of that name. */
    private static final String UN = "un";

    /**
     * "联合国世界气象组织", "UN ESCAP", "the U.N.'s International Law Commission": the press often puts the
     * United Nations before the name of a body of the UN system. That is one mention of the body, not
     * two, when the two names touch (nothing between them, one space, or a possessive).
     */
    private List<Span> joinUnPrefixes(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span a = spans.get(i);
            if (i + 1 < spans.size() && a.orgs.equals(List.of(UN))) {
                Span b = spans.get(i + 1);
                if (touches(text, a.end, b.start) && !b.orgs.isEmpty() && b.orgs.stream().allMatch(this::inUnSystem)) {
                    b.start = a.start;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private boolean inUnSystem(String org) {
        var o = dictionary.snapshot().org(org);
        return o != null && !org.equals(UN) && o.unSystem() == UnSystem.UN_ENTITY;
    }

    /** Whether text[from, to) is nothing, one space, or a possessive ('s, ’s) and a space. */
    private static boolean touches(String text, int from, int to) {
        int gap = to - from;
        if (gap == 0) return true;
        if (gap == 1) return text.charAt(from) == ' ';
        return gap == 3 && (text.charAt(from) == '\'' || text.charAt(from) == '’') && text.charAt(from + 1) == 's'
                && text.charAt(from + 2) == ' ';
    }

    /**
     * A name followed by its acronym in brackets (…公约》(UNFCCC), 国际可再生能源署(IRENA), or the other way
     * round) is one mention; the acronym's other readings fall away.
     */
    private static List<Span> joinBracketedAcronyms(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span a = spans.get(i);
            if (i + 1 < spans.size()) {
                Span b = spans.get(i + 1);
                int close = closingBracketAfter(text, a.end, b.start, b.end);
                List<String> both = intersect(a.orgs, b.orgs);
                if (close > 0 && !both.isEmpty()) {
                    a.end = close;
                    a.orgs = both;
                    a.basis = "name+acronym";
                    out.add(a);
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** The offset after ")" when text[aEnd, bStart) is an opening bracket and a closing one follows bEnd; else -1. */
    private static int closingBracketAfter(String text, int aEnd, int bStart, int bEnd) {
        int i = skipSpaces(text, aEnd, bStart);
        if (i >= bStart || (text.charAt(i) != '(' && text.charAt(i) != '（')) return -1;
        if (skipSpaces(text, i + 1, bStart) != bStart) return -1;
        int j = skipSpaces(text, bEnd, text.length());
        if (j >= text.length() || (text.charAt(j) != ')' && text.charAt(j) != '）')) return -1;
        return j + 1;
    }

    private static int skipSpaces(String text, int from, int limit) {
        int i = from;
        while (i < limit && Fold.lower(text.charAt(i)) == ' ') i++;
        return i;
    }

    private static List<String> intersect(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(1);
        for (String x : a) if (b.contains(x)) out.add(x);
        return out;
    }

    /**
     * A shared acronym (ISA, ILC) is settled when the text names exactly one of its candidates elsewhere,
     * else when the words around it fit one candidate better than the others; otherwise it stays
     * ambiguous, with its candidates. Never a silent guess.
     */
    private void settleAmbiguous(String text, List<Span> spans) {
        boolean any = false;
        for (Span s : spans) any |= s.orgs.size() > 1;
        if (!any) return;
        Set<String> named = new LinkedHashSet<>();
        for (Span s : spans) if (s.orgs.size() == 1) named.add(s.orgs.get(0));
        for (Span s : spans) {
            if (s.orgs.size() < 2) continue;
            List<String> elsewhere = s.orgs.stream().filter(named::contains).toList();
            if (elsewhere.size() == 1) {
                s.candidates = s.orgs;
                s.orgs = elsewhere;
                s.basis = "co-occurrence";
                continue;
            }
            String best = bestByContext(text, s);
            if (best != null) {
                s.candidates = s.orgs;
                s.orgs = List.of(best);
                s.basis = "context";
            }
        }
    }

    private String bestByContext(String text, Span s) {
        Map<String, List<String>> byOrg = cues.computeIfAbsent(List.copyOf(s.orgs), orgs -> {
            Map<String, List<String>> m = new HashMap<>();
            for (String o : orgs) m.put(o, ContextCues.of(dictionary.snapshot(), o, orgs));
            return m;
        });
        NormalText around = NormalText.of(text.substring(Math.max(0, s.start - CONTEXT),
                Math.min(text.length(), s.end + CONTEXT)));
        String window = around.lowerString(0, around.length());
        String best = null;
        int bestScore = 0;
        int second = 0;
        for (String org : s.orgs) {
            int score = 0;
            for (String cue : byOrg.get(org)) if (containsWord(window, cue)) score++;
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = org;
            } else if (score > second) {
                second = score;
            }
        }
        return bestScore > second ? best : null;
    }

    /** Whether {@code cue} occurs in {@code window}, starting a word when it starts with a Latin letter. */
    private static boolean containsWord(String window, String cue) {
        if (cue.isEmpty()) return false;
        boolean latin = Fold.isWordChar(cue.charAt(0));
        int at = window.indexOf(cue);
        while (at >= 0) {
            if (!latin || at == 0 || !Fold.isWordChar(window.charAt(at - 1))) return true;
            at = window.indexOf(cue, at + 1);
        }
        return false;
    }
}
