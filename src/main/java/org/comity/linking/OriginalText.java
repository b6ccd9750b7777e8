package org.comity.linking;

/**
 * A text read through the normal form without being copied into it. The automaton steps over the chars
 * the normal form drops (quotation marks, 《》) and over a space after a space, so its hits carry offsets
 * of the original text; these helpers answer, for such a hit, what {@link NormalizedText} would have
 * answered: where the name begins, what stands on either side of it, and how its letters are written.
 * The fold of each char is {@link TextFold}'s, so keys and texts still share one normal form.
 */
final class OriginalText {

    private OriginalText() {}

    /**
     * Where a name of {@code length} normal-form chars that ends at {@code end} begins: that many chars
     * back, not counting dropped chars nor the extra spaces of a run.
     */
    static int startOf(char[] text, int end, int length) {
        int from = end - length;
        if (from >= 0 && straight(text, from, end)) return from;
        int i = end;
        int left = length;
        while (left > 0) {
            char c = TextFold.lower(text[--i]);
            if (c == TextFold.DROP) continue;
            left--;
            if (c == ' ') {
                // A key never holds two spaces in a row: the rest of the run belongs to this space.
                while (i > 0 && isSpaceOrDropped(text[i - 1])) i--;
            }
        }
        return i;
    }

    /** Whether [from, to) holds no dropped char and no space after a space (its normal form is as long). */
    private static boolean straight(char[] text, int from, int to) {
        if (!TextFold.solid(text[from])) return false;
        for (int j = from + 1; j < to; j++) {
            if (!TextFold.solid(text[j]) && (TextFold.lower(text[j]) != ' ' || !TextFold.solid(text[j - 1]))) return false;
        }
        return true;
    }

    private static boolean isSpaceOrDropped(char c) {
        char f = TextFold.lower(c);
        return f == ' ' || f == TextFold.DROP;
    }

    /** The folded, lower-case char before {@code from}, dropped chars skipped; a space at the start. */
    static char before(char[] text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            char f = TextFold.lower(text[i]);
            if (f != TextFold.DROP) return f;
        }
        return ' ';
    }

    /** The folded, lower-case char at {@code to} or after it, dropped chars skipped; a space at the end. */
    static char after(char[] text, int to, int length) {
        for (int i = to; i < length; i++) {
            char f = TextFold.lower(text[i]);
            if (f != TextFold.DROP) return f;
        }
        return ' ';
    }

    /** Whether [from, to) stands as a whole token: no word char (Latin, Greek, Cyrillic) runs on at either end. */
    static boolean wholeToken(char[] text, int length, int from, int to) {
        if (TextFold.isWordChar(TextFold.lower(text[from])) && TextFold.isWordChar(before(text, from))) return false;
        if (!TextFold.isWordChar(TextFold.lower(text[to - 1]))) return true;
        return !TextFold.isWordChar(after(text, to, length)) || possessive(text, length, to);
    }

    /** Whether an English possessive ('s, ’s) follows at {@code to}: "UNESCO's budget" names UNESCO. */
    private static boolean possessive(char[] text, int length, int to) {
        return to + 1 < length && (text[to] == '\'' || text[to] == '’') && TextFold.lower(text[to + 1]) == 's'
                && (to + 2 == length || !TextFold.isWordChar(TextFold.lower(text[to + 2])));
    }

    /** The normal form of [from, to) with case kept (dropped chars out, runs of spaces as one). */
    static String exact(char[] text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char f = TextFold.exact(text[i]);
            if (f == TextFold.DROP) continue;
            if (f == ' ' && b.length() > 0 && b.charAt(b.length() - 1) == ' ') continue;
            b.append(f);
        }
        return b.toString();
    }
}
