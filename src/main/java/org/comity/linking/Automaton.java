package org.comity.linking;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comity.names.Fold;

/**
 * Aho-Corasick over the dictionary keys, laid out for speed and run on the original text. Every char
 * maps straight to the letter class of its fold ({@link Fold}: case, width, script), so the text is
 * never copied into its normal form: a char the normal form drops has a class on which every state stays
 * where it is, and so has a space after a space, so the automaton reads the text as if normalised and
 * its hits carry original offsets ({@link OriginalText#startOf} finds where each begins). A char no key
 * holds is class 0. Every move that does not lead where the root's move on the same letter leads is one
 * cell of a double array, and a state is named by its base in that array, so a move is base + letter,
 * one probe, with no table between a state and its moves: the scan's chain of dependent loads is one
 * load a char. The low bit of a state's code says whether a key ends there (or in a suffix), so the
 * outputs are looked up only then. Measured against org.ahocorasick's trie in LinkerBench
 * (docs/performance.md); the two must agree hit for hit (LinkerTest).
 */
final class Automaton implements KeyScanner {

    /** Twice the letter class of each char's fold (0: no key holds it), so a move's cell index needs no shift. */
    private final char[] letter2 = new char[0x10000];
    /** The root's move on each letter (indexed like cells, by twice the class), as a state code. */
    private final int[] rootNext2;
    private final int[] depth;
    /** The longest key's length: how far back a lane starts walking to be in the right state. */
    private final int maxDepth;
    private final int[] firstOut;
    private final int[] outLink;
    private final int[] out;
    /** The state whose base is b, for the rare step from a code to its outputs. */
    private final int[] stateAtBase;
    // The moves, check and next side by side so a probe touches one cache line: the state with code k and
    // base b = k >> 1 moves on letter c to cells[2b + 2c + 1] when cells[2b + 2c] == 2b, else to the root's move.
    private final int[] cells;

    Automaton(List<String> keys) {
        char[] alphabet = new char[0x10000];
        // Class 1 is the chars the normal form drops: every state has a move on it (to itself), and a
        // low class keeps each state's moves close together in the double array.
        int dropped = 1;
        int letters = 1;
        for (String k : keys) {
            for (int i = 0; i < k.length(); i++) {
                char c = k.charAt(i);
                if (alphabet[c] == 0) alphabet[c] = (char) ++letters;
            }
        }
        int space = alphabet[' ']; // 0 when no key holds a space
        if (2 * letters >= Character.MAX_VALUE) throw new IllegalArgumentException("too many distinct chars in the keys");
        for (int c = 0; c < 0x10000; c++) {
            char f = Fold.lower((char) c);
            letter2[c] = (char) (2 * (f == Fold.DROP ? dropped : alphabet[f]));
        }
        // The trie, built with maps; then flattened.
        List<Map<Integer, Integer>> go = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        List<Integer> outs = new ArrayList<>();
        List<Integer> incoming = new ArrayList<>(); // the letter that leads into each state
        go.add(new HashMap<>());
        depths.add(0);
        outs.add(-1);
        incoming.add(0);
        for (int e = 0; e < keys.size(); e++) {
            String k = keys.get(e);
            int s = 0;
            for (int i = 0; i < k.length(); i++) {
                int cls = alphabet[k.charAt(i)];
                Integer next = go.get(s).get(cls);
                if (next == null) {
                    next = go.size();
                    go.add(new HashMap<>());
                    depths.add(depths.get(s) + 1);
                    outs.add(-1);
                    incoming.add(cls);
                    go.get(s).put(cls, next);
                }
                s = next;
            }
            outs.set(s, e);
        }
        int states = go.size();
        depth = depths.stream().mapToInt(Integer::intValue).toArray();
        out = outs.stream().mapToInt(Integer::intValue).toArray();
        maxDepth = java.util.Arrays.stream(depth).max().orElse(0);
        int[] fail = new int[states];
        outLink = new int[states];
        firstOut = new int[states];
        int[] rootNext = new int[letters + 1];
        go.get(0).forEach((cls, next) -> rootNext[cls] = next);
        // Complete moves of each state (failure links folded in), except those equal to the root's.
        List<Map<Integer, Integer>> delta = new ArrayList<>(states);
        for (int s = 0; s < states; s++) delta.add(null);
        delta.set(0, new HashMap<>());
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        outLink[0] = -1;
        firstOut[0] = -1;
        for (int next : go.get(0).values()) {
            fail[next] = 0;
            queue.add(next);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int f = fail[s];
            outLink[s] = out[f] >= 0 ? f : outLink[f];
            firstOut[s] = out[s] >= 0 ? s : outLink[s];
            Map<Integer, Integer> d = new HashMap<>(delta.get(f));
            for (var g : go.get(s).entrySet()) {
                int cls = g.getKey();
                int child = g.getValue();
                d.put(cls, child);
                Integer viaFail = delta.get(f).get(cls);
                fail[child] = viaFail != null ? viaFail : rootNext[cls];
                queue.add(child);
            }
            // A dropped char leaves every state where it is; so does a space after a space (the state
            // was entered by a space), as the normal form keeps one space of a run.
            d.put(dropped, s);
            if (space != 0 && incoming.get(s) == space) d.put(space, s);
            d.entrySet().removeIf(m -> m.getValue() == rootNext[m.getKey()]);
            delta.set(s, d);
        }
        // Give every state a base of its own (the root 0, with no cells: its moves are rootNext) so that
        // its moves land on free cells.
        int[][] lettersOf = new int[states][];
        for (int s = 0; s < states; s++) {
            lettersOf[s] = s == 0 ? new int[0] : delta.get(s).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        DoubleArrayLayout layout = DoubleArrayLayout.pack(lettersOf);
        int[] base = layout.base();
        int[] owner = layout.owner();
        int highWater = owner.length;
        int[] code = new int[states];
        for (int s = 0; s < states; s++) code[s] = 2 * base[s] + (firstOut[s] >= 0 ? 1 : 0);
        stateAtBase = new int[highWater];
        for (int s = 0; s < states; s++) stateAtBase[base[s]] = s;
        rootNext2 = new int[2 * (letters + 1)];
        for (int c = 1; c <= letters; c++) rootNext2[2 * c] = code[rootNext[c]];
        // Room for any base + any letter without a bounds check in the scan.
        int length = highWater + letters + 1;
        cells = new int[2 * length];
        java.util.Arrays.fill(cells, -1);
        for (int i = 0; i < highWater; i++) {
            if (owner[i] == -1) continue;
            int s = owner[i];
            int next = delta.get(s).get(i - base[s]);
            cells[2 * i] = 2 * base[s];
            // Staying put on a dropped char must not report the keys that end here a second time.
            cells[2 * i + 1] = next == s ? 2 * base[s] : code[next];
        }
    }

    /** Below this length a text is scanned in one lane: splitting it would cost more than it saves. */
    private static final int LANE_MIN = 4096;

    /**
     * Every key occurrence, ordered by where it ends (the longer first among those that end together).
     * A long text is scanned as four stretches at once, each lane starting a little before its stretch
     * (see {@link #warmFrom}), so the four chains of dependent loads run side by side in the CPU instead of
     * one after the other; a lane keeps only the hits that end inside its stretch, so each hit is found
     * once, and the lanes' hits are joined in order.
     */
    @Override
    public void scan(String original, char[] text, Hits hits) {
        int first = hits.size;
        scanLanes(text, text.length, hits);
        // The hits were noted as ending at the right place and as long as their key; where dropped chars
        // or extra spaces lie inside one, its original start is further back.
        // The keys ending at one place come longest first; when the longest is straight, so are the others.
        int straightEnd = -1;
        for (int h = first; h < hits.size; h++) {
            int end = hits.to[h];
            if (end == straightEnd) continue;
            int start = OriginalText.startOf(text, end, end - hits.from[h]);
            if (start == hits.from[h]) straightEnd = end;
            hits.from[h] = start;
        }
    }

    private void scanLanes(char[] text, int length, Hits hits) {
        if (length < LANE_MIN) {
            scanOne(text, 0, 0, length, hits);
            return;
        }
        int quarter = length / 4;
        int b1 = quarter;
        int b2 = 2 * quarter;
        int b3 = 3 * quarter;
        // Each later lane first walks the chars before its stretch, keeping no hits, so that it starts in
        // the state a single scan would be in there.
        int w1 = warmFrom(text, b1);
        int w2 = warmFrom(text, b2);
        int w3 = warmFrom(text, b3);
        if (w1 < 0 || w2 < 0 || w3 < 0) { // long runs of spaces or dropped chars: one lane
            scanOne(text, 0, 0, length, hits);
            return;
        }
        int s1 = walk(text, w1, b1);
        int s2 = walk(text, w2, b2);
        int s3 = walk(text, w3, b3);
        Hits h1 = new Hits(hits.from.length / 4);
        Hits h2 = new Hits(hits.from.length / 4);
        Hits h3 = new Hits(hits.from.length / 4);
        char[] letters = letter2;
        int[] moves = cells;
        int[] root = rootNext2;
        int k0 = 0;
        int k1 = s1;
        int k2 = s2;
        int k3 = s3;
        for (int i = 0; i < quarter; i++) {
            int c0 = letters[text[i]];
            int c1 = letters[text[b1 + i]];
            int c2 = letters[text[b2 + i]];
            int c3 = letters[text[b3 + i]];
            int base0 = k0 & ~1;
            int a0 = base0 + c0;
            int base1 = k1 & ~1;
            int a1 = base1 + c1;
            int base2 = k2 & ~1;
            int a2 = base2 + c2;
            int base3 = k3 & ~1;
            int a3 = base3 + c3;
            k0 = moves[a0] == base0 ? moves[a0 + 1] : root[c0];
            k1 = moves[a1] == base1 ? moves[a1 + 1] : root[c1];
            k2 = moves[a2] == base2 ? moves[a2 + 1] : root[c2];
            k3 = moves[a3] == base3 ? moves[a3 + 1] : root[c3];
            if (((k0 | k1 | k2 | k3) & 1) != 0) {
                if ((k0 & 1) != 0) emit(k0, i + 1, hits);
                if ((k1 & 1) != 0) emit(k1, b1 + i + 1, h1);
                if ((k2 & 1) != 0) emit(k2, b2 + i + 1, h2);
                if ((k3 & 1) != 0) emit(k3, b3 + i + 1, h3);
            }
        }
        scanOne(text, k3, b3 + quarter, length, h3);
        hits.addAll(h1);
        hits.addAll(h2);
        hits.addAll(h3);
    }

    /** How far a lane walks back at most to find its starting state (else the text is scanned in one lane). */
    private static final int WARM_LIMIT = 4096;

    /**
     * Where a lane that starts at {@code at} begins walking: far enough back that the chars between hold
     * more than the longest key of chars that are neither spaces nor dropped (so the normal form of the
     * walk ends as the text's does); 0 at the text's start; -1 past {@link #WARM_LIMIT}.
     */
    private int warmFrom(char[] text, int at) {
        int solid = 0;
        int i = at;
        while (i > 0 && solid <= maxDepth) {
            if (at - i > WARM_LIMIT) return -1;
            char f = Fold.lower(text[--i]);
            if (f != ' ' && f != Fold.DROP) solid++;
        }
        return i;
    }

    /** The state after walking text[from, to) from the root, keeping no hits. */
    private int walk(char[] text, int from, int to) {
        int code = 0;
        for (int i = from; i < to; i++) code = move(code, letter2[text[i]]);
        return code;
    }

    private void scanOne(char[] text, int code, int from, int to, Hits hits) {
        for (int i = from; i < to; i++) {
            code = move(code, letter2[text[i]]);
            if ((code & 1) != 0) emit(code, i + 1, hits);
        }
    }

    /** The code of the state that state {@code code} moves on to by the letter of twice-class {@code c2}. */
    private int move(int code, int c2) {
        int b = code & ~1;
        int at = b + c2;
        return cells[at] == b ? cells[at + 1] : rootNext2[c2];
    }

    private void emit(int code, int end, Hits hits) {
        for (int t = firstOut[stateAtBase[code >>> 1]]; t >= 0; t = outLink[t]) hits.add(end - depth[t], end, out[t]);
    }
}
