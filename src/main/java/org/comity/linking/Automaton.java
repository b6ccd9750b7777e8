package org.comity.linking;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick over the dictionary keys, laid out for speed: chars map to a small alphabet (a char no key
 * holds sends the scan straight back to the root), the root's moves are one dense array, every other
 * move of the completed automaton (failure links folded in) is one probe of a double array. Measured against org.ahocorasick's trie in LinkerBench (docs/performance.md); the two must
 * agree hit for hit (LinkerTest).
 */
final class Automaton implements KeyScanner {

    private final char[] alphabet = new char[0x10000];
    /** One bit a char: set when some key holds it (8 KB, cache-resident; most text chars are not). */
    private final long[] inAlphabet = new long[0x10000 / 64];
    private final int[] rootNext;
    private final int[] depth;
    private final int[] firstOut;
    private final int[] outLink;
    private final int[] out;
    // The moves as a double array, check and next side by side so a probe touches one cache line:
    // state s moves on letter c to cells[2 * (base[s] + c) + 1] when cells[2 * (base[s] + c)] == s.
    private final int[] base;
    private final int[] cells;

    Automaton(List<String> keys) {
        int letters = 0;
        for (String k : keys) {
            for (int i = 0; i < k.length(); i++) {
                char c = k.charAt(i);
                if (alphabet[c] == 0) alphabet[c] = (char) ++letters;
                inAlphabet[c >>> 6] |= 1L << c;
            }
        }
        // The trie, built with maps; then flattened.
        List<Map<Integer, Integer>> go = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        List<Integer> outs = new ArrayList<>();
        go.add(new HashMap<>());
        depths.add(0);
        outs.add(-1);
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
                    go.get(s).put(cls, next);
                }
                s = next;
            }
            outs.set(s, e);
        }
        int states = go.size();
        depth = depths.stream().mapToInt(Integer::intValue).toArray();
        out = outs.stream().mapToInt(Integer::intValue).toArray();
        int[] fail = new int[states];
        outLink = new int[states];
        firstOut = new int[states];
        rootNext = new int[letters + 1];
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
        int moves = 0;
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
                fail[child] = step(delta, f, cls);
                queue.add(child);
            }
            d.entrySet().removeIf(m -> m.getValue() == rootNext[m.getKey()]);
            delta.set(s, d);
            moves += d.size();
        }
        // Pack every state's moves into one double array (first fit, busiest states first): a move is
        // then one probe, whatever the state, and the arrays are barely larger than the moves.
        base = new int[states];
        int capacity = Math.max(64, 2 * (moves + letters + 1));
        int[] chk = new int[capacity];
        int[] nxt = new int[capacity];
        java.util.Arrays.fill(chk, -1);
        Integer[] byMoves = new Integer[states];
        for (int s = 0; s < states; s++) byMoves[s] = s;
        java.util.Arrays.sort(byMoves, (a, b) -> delta.get(b).size() - delta.get(a).size());
        int firstFree = 1;
        int highWater = 1;
        for (int s : byMoves) {
            if (s == 0 || delta.get(s).isEmpty()) continue;
            int[] classes = delta.get(s).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            while (chk[firstFree] != -1) firstFree++;
            int b = Math.max(0, firstFree - classes[0]);
            int tries = 0;
            while (true) {
                // Past a few tries, go beyond the highest used cell, where everything is free: a little
                // space for a build in milliseconds rather than a search through the filled part.
                if (++tries > 64) b = Math.max(b, highWater - classes[0]);
                int top = b + classes[classes.length - 1];
                if (top >= chk.length) {
                    int old = chk.length;
                    int grown = Math.max(old * 2, top + 1);
                    chk = java.util.Arrays.copyOf(chk, grown);
                    java.util.Arrays.fill(chk, old, grown, -1);
                    nxt = java.util.Arrays.copyOf(nxt, grown);
                }
                boolean fits = true;
                for (int c : classes) if (chk[b + c] != -1) { fits = false; break; }
                if (fits) break;
                b++;
            }
            base[s] = b;
            highWater = Math.max(highWater, b + classes[classes.length - 1] + 1);
            for (int c : classes) {
                chk[b + c] = s;
                nxt[b + c] = delta.get(s).get(c);
            }
        }
        // Room for base + any letter without a bounds check in the scan.
        int length = highWater + letters + 1;
        cells = new int[2 * length];
        for (int i = 0; i < length; i++) {
            boolean used = i < highWater && chk[i] != -1;
            cells[2 * i] = used ? chk[i] : -1;
            cells[2 * i + 1] = used ? nxt[i] : 0;
        }
    }

    private int step(List<Map<Integer, Integer>> delta, int s, int cls) {
        Integer d = delta.get(s).get(cls);
        return d != null ? d : rootNext[cls];
    }

    private int move(int state, int cls) {
        int i = (base[state] + cls) << 1;
        return cells[i] == state ? cells[i + 1] : rootNext[cls];
    }

    @Override
    public void scan(char[] text, int length, Hits hits) {
        char[] alpha = alphabet;
        long[] present = inAlphabet;
        int state = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if ((present[c >>> 6] & (1L << c)) == 0) {
                state = 0;
                continue;
            }
            state = move(state, alpha[c]);
            for (int t = firstOut[state]; t >= 0; t = outLink[t]) hits.add(i + 1 - depth[t], i + 1, out[t]);
        }
    }
}
