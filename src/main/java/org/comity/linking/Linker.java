package org.comity.linking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ahocorasick.trie.PayloadEmit;
import org.comity.snapshot.Snapshot;

/**
 * Finds the organizations a text names: every dictionary key found in the normalised text, kept when it
 * stands as a whole token and in the right case, longest first where matches overlap; then a bracketed
 * acronym right after a name joins it, and shared acronyms are settled by the text or left ambiguous.
 * Thread-safe: one linker per snapshot serves every request.
 */
public final class Linker {

    /** How far around an ambiguous acronym (normalised chars each side) its context is read. */
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

    /** A match under way: normalised span, original span, the organizations it may still mean. */
    private static final class Span {
        final int from;
        final int to;
        int start;
        int end;
        List<String> orgs;
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

    public List<Mention> link(String text) {
        NormalizedText n = NormalizedText.of(text);
        List<Span> spans = longestFirst(candidates(n));
        for (Span s : spans) {
            s.start = n.start(s.from);
            s.end = n.end(s.to - 1);
            widenToTitleBrackets(text, s);
        }
        spans = joinBracketedAcronyms(text, spans);
        settleAmbiguous(n, spans);
        List<Mention> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            String org = s.orgs.size() == 1 ? s.orgs.get(0) : null;
            out.add(new Mention(s.start, s.end, text.substring(s.start, s.end), org, List.copyOf(s.orgs),
                    org == null ? "ambiguous" : s.basis, s.form));
        }
        return out;
    }

    /** Every key occurrence that is a whole token (Latin-script edges) and whose case agrees. */
    private List<Span> candidates(NormalizedText n) {
        List<Span> out = new ArrayList<>();
        for (PayloadEmit<Dictionary.Entry> e : dictionary.scan(n)) {
            int from = e.getStart();
            int to = e.getEnd() + 1;
            if (!wholeToken(n, from, to)) continue;
            List<String> orgs = new ArrayList<>(2);
            Surface first = null;
            boolean allAcronyms = true;
            for (Surface s : e.getPayload().surfaces()) {
                if (!s.caseAgrees(n, from)) continue;
                if (!orgs.contains(s.org())) orgs.add(s.org());
                if (first == null) first = s;
                allAcronyms &= s.isAcronym();
            }
            if (first == null) continue;
            out.add(new Span(from, to, orgs, allAcronyms ? "acronym" : "name", first.form()));
        }
        return out;
    }

    private static boolean wholeToken(NormalizedText n, int from, int to) {
        if (TextFold.isWordChar(n.lower(from)) && from > 0 && TextFold.isWordChar(n.lower(from - 1))) return false;
        return !(TextFold.isWordChar(n.lower(to - 1)) && to < n.length() && TextFold.isWordChar(n.lower(to)));
    }

    /** Longest match wins; among equals the earlier; the rest of an overlap is dropped. In text order. */
    private static List<Span> longestFirst(List<Span> all) {
        all.sort(Comparator.comparingInt((Span s) -> s.from - s.to).thenComparingInt(s -> s.from));
        BitSet taken = new BitSet();
        List<Span> kept = new ArrayList<>();
        for (Span s : all) {
            int clash = taken.nextSetBit(s.from);
            if (clash >= 0 && clash < s.to) continue;
            taken.set(s.from, s.to);
            kept.add(s);
        }
        kept.sort(Comparator.comparingInt(s -> s.from));
        return kept;
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
        while (i < limit && TextFold.lower(text.charAt(i)) == ' ') i++;
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
    private void settleAmbiguous(NormalizedText n, List<Span> spans) {
        Set<String> named = new LinkedHashSet<>();
        for (Span s : spans) if (s.orgs.size() == 1) named.add(s.orgs.get(0));
        for (Span s : spans) {
            if (s.orgs.size() < 2) continue;
            List<String> elsewhere = s.orgs.stream().filter(named::contains).toList();
            if (elsewhere.size() == 1) {
                s.orgs = elsewhere;
                s.basis = "co-occurrence";
                continue;
            }
            String best = bestByContext(n, s);
            if (best != null) {
                s.orgs = List.of(best);
                s.basis = "context";
            }
        }
    }

    private String bestByContext(NormalizedText n, Span s) {
        Map<String, List<String>> byOrg = cues.computeIfAbsent(List.copyOf(s.orgs), orgs -> {
            Map<String, List<String>> m = new HashMap<>();
            for (String o : orgs) m.put(o, ContextCues.of(dictionary.snapshot(), o, orgs));
            return m;
        });
        int from = Math.max(0, s.from - CONTEXT);
        int to = Math.min(n.length(), s.to + CONTEXT);
        String window = n.lowerChars().subSequence(from, to).toString();
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
        boolean latin = TextFold.isWordChar(cue.charAt(0));
        int at = window.indexOf(cue);
        while (at >= 0) {
            if (!latin || at == 0 || !TextFold.isWordChar(window.charAt(at - 1))) return true;
            at = window.indexOf(cue, at + 1);
        }
        return false;
    }
}
