package org.comity.names;

import java.util.Arrays;

/**
 * A text in the normal form names are matched in ({@link Fold} per char, runs of spaces collapsed,
 * "United Nations" written "UN", "Combatting" written "Combating"), with the way back to the original:
 * {@link #start}/{@link #end} give the original offsets of each normalised char. Dictionary keys and
 * texts go through this one class, so they cannot disagree on what a name looks like.
 *
 * <p>Only the lower-case chars are stored per char; the way back is kept sparse (an anchor wherever a
 * char was dropped or spaces collapsed, a record per rewrite), because a megabyte of news drops few chars
 * and the scan should not pay for arrays it rarely reads.
 */
public final class NormalText {

    /**
     * Word-level rewrites applied at word boundaries: {from (lower case), to}. The linker's automaton
     * reads texts unrewritten, so the dictionary also holds each key with these words spelled out.
     */
    static final String[][] REWRITES = {{"united nations", "UN"}, {"combatting", "combating"},
        // British spellings, as organizations write their own names, and the American ones of the press.
        {"organisation", "organization"}, {"programme", "program"}, {"labour", "labor"}, {"centre", "center"},
        {"defence", "defense"}};

    /** The first letters of the rewrites: a word starting otherwise is no rewrite. */
    private static final String REWRITE_STARTS = java.util.Arrays.stream(REWRITES).map(r -> r[0].substring(0, 1))
            .distinct().collect(java.util.stream.Collectors.joining());

    private final String original;
    private final char[] lower;
    private int length;
    // Anchors: normalised char anchorAt[k] came from original char anchorFrom[k]; chars after it follow 1:1.
    private int[] anchorAt = new int[16];
    private int[] anchorFrom = new int[16];
    private int anchors;
    // Rewrites: normalised [rewriteAt, rewriteAt + text length) came from original [rewriteFrom, rewriteTo).
    private int[] rewriteAt = new int[4];
    private int[] rewriteFrom = new int[4];
    private int[] rewriteTo = new int[4];
    private String[] rewriteText = new String[4];
    private int rewrites;
    /** One bit per normalised char written by a rewrite: asking "is i rewritten?" must not cost a search. */
    private long[] rewritten;

    private NormalText(String original) {
        this.original = original;
        this.lower = new char[original.length()];
    }

    public static NormalText of(String text) {
        NormalText n = new NormalText(text);
        n.build();
        return n;
    }

    private void build() {
        int len = original.length();
        // In place: one bulk copy of the original, then each char is read at i and written at n <= i
        // (normalising never lengthens a text), so no second array of the text's size is needed.
        char[] in = lower;
        original.getChars(0, len, in, 0);
        char[] out = lower;
        int n = 0;
        int expected = 0; // the original index the next normalised char has if nothing was dropped
        for (int i = 0; i < len; i++) {
            char low = Fold.lower(in[i]);
            if (low == Fold.DROP) continue;
            if (low == ' ') {
                if (n > 0 && out[n - 1] == ' ') continue; // one space for a run of spaces
            } else if (REWRITE_STARTS.indexOf(low) >= 0 && (n == 0 || !Fold.isWordChar(out[n - 1]))) {
                int after = rewrite(in, i, n);
                if (after > i) {
                    n = length;
                    i = after - 1;
                    expected = after;
                    continue;
                }
            }
            if (i != expected) anchor(n, i);
            out[n++] = low;
            expected = i + 1;
        }
        length = n;
    }

    private void anchor(int at, int from) {
        if (anchors == anchorAt.length) {
            anchorAt = Arrays.copyOf(anchorAt, anchors * 2);
            anchorFrom = Arrays.copyOf(anchorFrom, anchors * 2);
        }
        anchorAt[anchors] = at;
        anchorFrom[anchors] = from;
        anchors++;
    }

    /** Applies a rewrite at original {@code i} (normalised {@code n}); returns the original index after it, or i. */
    private int rewrite(char[] in, int i, int n) {
        if (i + 3 > in.length) return i;
        char second = Fold.lower(in[i + 1]);
        char third = Fold.lower(in[i + 2]);
        for (String[] r : REWRITES) {
            // Most words starting with u or c are no rewrite: compare three chars before trying.
            if (second != r[0].charAt(1) || third != r[0].charAt(2)) continue;
            int after = matchPhrase(i, r[0]);
            if (after < 0) continue;
            String to = r[1];
            if (rewrites == rewriteAt.length) {
                rewriteAt = Arrays.copyOf(rewriteAt, rewrites * 2);
                rewriteFrom = Arrays.copyOf(rewriteFrom, rewrites * 2);
                rewriteTo = Arrays.copyOf(rewriteTo, rewrites * 2);
                rewriteText = Arrays.copyOf(rewriteText, rewrites * 2);
            }
            rewriteAt[rewrites] = n;
            rewriteFrom[rewrites] = i;
            rewriteTo[rewrites] = after;
            rewriteText[rewrites] = to;
            rewrites++;
            if (rewritten == null) rewritten = new long[(lower.length >>> 6) + 1];
            for (int k = 0; k < to.length(); k++) {
                lower[n + k] = Character.toLowerCase(to.charAt(k));
                rewritten[(n + k) >>> 6] |= 1L << (n + k);
            }
            length = n + to.length();
            // The char after the rewrite starts a new stretch of 1:1 chars.
            anchor(length, after);
            return after;
        }
        return i;
    }

    /** The original index after {@code phrase} (a space standing for any run of spaces) at {@code i}, or -1. */
    private int matchPhrase(int i, String phrase) {
        String s = original;
        int j = i;
        for (int p = 0; p < phrase.length(); p++) {
            char want = phrase.charAt(p);
            if (want == ' ') {
                int spaces = j;
                while (j < s.length() && Fold.lower(s.charAt(j)) == ' ') j++;
                if (j == spaces) return -1;
            } else {
                if (j >= s.length() || Fold.lower(s.charAt(j)) != want) return -1;
                j++;
            }
        }
        if (j < s.length() && Fold.isWordChar(Fold.lower(s.charAt(j)))) return -1;
        return j;
    }

    public int length() { return length; }
    public char lower(int i) { return lower[i]; }
    public char[] lowerArray() { return lower; }

    /** The rewrite normalised char {@code i} belongs to, or -1. */
    private int rewriteOf(int i) {
        if (rewritten == null || (rewritten[i >>> 6] & (1L << i)) == 0) return -1;
        int r = Arrays.binarySearch(rewriteAt, 0, rewrites, i);
        if (r < 0) r = -r - 2;
        return r >= 0 && i < rewriteAt[r] + rewriteText[r].length() ? r : -1;
    }

    /** The original offset where normalised char {@code i} begins. */
    public int start(int i) {
        if (rewrites > 0) {
            int r = rewriteOf(i);
            if (r >= 0) return rewriteFrom[r];
        }
        int k = anchorOf(i);
        return k < 0 ? i : anchorFrom[k] + (i - anchorAt[k]);
    }

    private int cursor = -1;

    /**
     * The last anchor at or before {@code i} (-1 if none). Mentions are asked for in text order, so the
     * previous answer, moved forward a little, is nearly always it; else a binary search.
     */
    private int anchorOf(int i) {
        int k = cursor;
        int steps = 0;
        while (k >= 0 && anchorAt[k] > i && steps++ < 8) k--;
        while (k + 1 < anchors && anchorAt[k + 1] <= i && steps++ < 16) k++;
        if ((k < 0 || anchorAt[k] <= i) && (k + 1 >= anchors || anchorAt[k + 1] > i)) return cursor = k;
        k = Arrays.binarySearch(anchorAt, 0, anchors, i);
        if (k < 0) k = -k - 2;
        // Several anchors may share a position (a rewrite's end, then a drop): the last one holds.
        while (k + 1 < anchors && anchorAt[k + 1] == i) k++;
        return cursor = k;
    }

    /**
     * The original offset of normalised {@code from} when [from, to) maps 1:1 to the original (nothing
     * dropped or rewritten inside: nearly always), else -1. Lets a case check read original chars straight.
     */
    public int straightOrigin(int from, int to) {
        if (rewritten != null) {
            for (int i = from; i < to; i++) if ((rewritten[i >>> 6] & (1L << i)) != 0) return -1;
        }
        int k = anchorOf(from);
        if (k + 1 < anchors && anchorAt[k + 1] < to) return -1;
        return k < 0 ? from : anchorFrom[k] + (from - anchorAt[k]);
    }

    /**
     * Whether the text at normalised {@code from} (original {@code origin}, or -1 when not straight) has
     * the case of {@code exact} wherever {@code mask} says.
     */
    public boolean caseMatches(int from, int origin, String exact, boolean[] mask) {
        if (origin >= 0) {
            for (int j = 0; j < mask.length; j++) {
                if (mask[j] && Fold.exact(original.charAt(origin + j)) != exact.charAt(j)) return false;
            }
            return true;
        }
        for (int j = 0; j < mask.length; j++) if (mask[j] && exact(from + j) != exact.charAt(j)) return false;
        return true;
    }

    /** The original offset just after normalised char {@code i}. */
    public int end(int i) {
        if (rewrites > 0) {
            int r = rewriteOf(i);
            if (r >= 0) return rewriteTo[r];
        }
        return start(i) + 1;
    }

    /** Normalised char {@code i} with its case kept. */
    public char exact(int i) {
        if (rewrites > 0) {
            int r = rewriteOf(i);
            if (r >= 0) return rewriteText[r].charAt(i - rewriteAt[r]);
        }
        return Fold.exact(original.charAt(start(i)));
    }

    /** The lower-case normal form, trimmed of the spaces at both ends (dictionary keys). */
    public String key() {
        int from = trimmedFrom();
        return new String(lower, from, trimmedTo() - from);
    }

    /** The case-kept normal form, trimmed like {@link #key()} (same length as the key). */
    public String exactKey() {
        StringBuilder b = new StringBuilder();
        for (int i = trimmedFrom(); i < trimmedTo(); i++) b.append(exact(i));
        return b.toString();
    }

    public int trimmedFrom() {
        int from = 0;
        while (from < length && lower[from] == ' ') from++;
        return from;
    }

    private int trimmedTo() {
        int to = length;
        while (to > 0 && lower[to - 1] == ' ') to--;
        return to;
    }

    /** The lower-case normal form of [from, to) as a string (context windows). */
    public String lowerString(int from, int to) {
        return new String(lower, from, to - from);
    }
}
