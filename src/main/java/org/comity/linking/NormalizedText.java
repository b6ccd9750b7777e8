package org.comity.linking;

import java.util.Arrays;

/**
 * A text in the normal form names are matched in ({@link TextFold} per char, runs of spaces collapsed,
 * "United Nations" written "UN", "Combatting" written "Combating"), with the way back: normalised char
 * {@code i} came from original chars {@code [start(i), end(i))}. Dictionary keys and texts go through
 * this one class, so they cannot disagree on what a name looks like.
 */
final class NormalizedText {

    /** Word-level rewrites applied at word boundaries: {from (lower case), to}. */
    private static final String[][] REWRITES = {{"united nations", "UN"}, {"combatting", "combating"}};

    private final String original;
    private final char[] lower;
    private final char[] exact;
    private final int[] start;
    private final int[] end;
    private int length;

    private NormalizedText(String original) {
        this.original = original;
        int capacity = original.length() + 1;
        this.lower = new char[capacity];
        this.exact = new char[capacity];
        this.start = new int[capacity];
        this.end = new int[capacity];
    }

    static NormalizedText of(String text) {
        NormalizedText n = new NormalizedText(text);
        n.build();
        return n;
    }

    private void build() {
        String s = original;
        int len = s.length();
        int i = 0;
        while (i < len) {
            char c = s.charAt(i);
            char low = TextFold.lower(c);
            if (low == TextFold.DROP) {
                i++;
                continue;
            }
            if (low == ' ') {
                // One space for a run of spaces (and of dropped quotes inside the run).
                if (length > 0 && lower[length - 1] == ' ') end[length - 1] = i + 1;
                else put(' ', ' ', i, i + 1);
                i++;
                continue;
            }
            if ((low == 'u' || low == 'c') && !previousIsWord()) {
                int rewritten = rewrite(i);
                if (rewritten > i) {
                    i = rewritten;
                    continue;
                }
            }
            put(low, TextFold.exact(c), i, i + 1);
            i++;
        }
    }

    private boolean previousIsWord() {
        return length > 0 && TextFold.isWordChar(lower[length - 1]);
    }

    /** Applies a rewrite starting at {@code i}; returns the original index after it, or {@code i}. */
    private int rewrite(int i) {
        for (String[] r : REWRITES) {
            int after = matchPhrase(i, r[0]);
            if (after < 0) continue;
            String to = r[1];
            for (int k = 0; k < to.length(); k++) put(Character.toLowerCase(to.charAt(k)), to.charAt(k), i, after);
            return after;
        }
        return i;
    }

    /** The original index after {@code phrase} (spaces standing for any run of spaces) at {@code i}, or -1. */
    private int matchPhrase(int i, String phrase) {
        String s = original;
        int j = i;
        for (int p = 0; p < phrase.length(); p++) {
            char want = phrase.charAt(p);
            if (want == ' ') {
                int spaces = j;
                while (j < s.length() && TextFold.lower(s.charAt(j)) == ' ') j++;
                if (j == spaces) return -1;
            } else {
                if (j >= s.length() || TextFold.lower(s.charAt(j)) != want) return -1;
                j++;
            }
        }
        if (j < s.length() && TextFold.isWordChar(TextFold.lower(s.charAt(j)))) return -1;
        return j;
    }

    private void put(char low, char ex, int from, int to) {
        lower[length] = low;
        exact[length] = ex;
        start[length] = from;
        end[length] = to;
        length++;
    }

    String original() { return original; }
    int length() { return length; }
    char lower(int i) { return lower[i]; }
    char exact(int i) { return exact[i]; }
    /** The original offset where normalised char {@code i} begins. */
    int start(int i) { return start[i]; }
    /** The original offset just after normalised char {@code i}. */
    int end(int i) { return end[i]; }

    /** The lower-case normal form, for matching, without copying. */
    CharSequence lowerChars() {
        return new CharArraySequence(lower, 0, length);
    }

    /** The lower-case normal form as a string, trimmed of the spaces at both ends (dictionary keys). */
    String key() {
        int from = 0;
        int to = length;
        while (from < to && lower[from] == ' ') from++;
        while (to > from && lower[to - 1] == ' ') to--;
        return new String(lower, from, to - from);
    }

    /** The case-kept normal form, trimmed like {@link #key()} (same length as the key). */
    String exactKey() {
        int from = 0;
        int to = length;
        while (from < to && lower[from] == ' ') from++;
        while (to > from && lower[to - 1] == ' ') to--;
        return new String(Arrays.copyOfRange(exact, from, to));
    }
}
