package org.comity.linking;

import org.comity.names.Fold;
import org.comity.names.NormalText;

/**
 * A text read through the normal form without being copied into it. The automaton steps over the chars
 * the normal form drops (quotation marks, 《》) and over a space after a space, so its hits carry offsets
 * of the original text; these helpers answer, for such a hit, what {@link NormalText} would have
 * answered: where the name begins, what stands on either side of it, and how its letters are written.
 * The fold of each char is {@link Fold}'s, so keys and texts still share one normal form.
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
            char c = Fold.lower(text[--i]);
            if (c == Fold.DROP) continue;
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
        if (!Fold.solid(text[from])) return false;
        for (int j = from + 1; j < to; j++) {
            if (!Fold.solid(text[j]) && (Fold.lower(text[j]) != ' ' || !Fold.solid(text[j - 1]))) return false;
        }
        return true;
    }

    private static boolean isSpaceOrDropped(char c) {
        char f = Fold.lower(c);
        return f == ' ' || f == Fold.DROP;
    }

    /** The folded, lower-case char before {@code from}, dropped chars skipped; a space at the start. */
    static char before(char[] text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            char f = Fold.lower(text[i]);
            if (f != Fold.DROP) return f;
        }
        return ' ';
    }

    /** The folded, lower-case char at {@code to} or after it, dropped chars skipped; a space at the end. */
    static char after(char[] text, int to, int length) {
        for (int i = to; i < length; i++) {
            char f = Fold.lower(text[i]);
            if (f != Fold.DROP) return f;
        }
        return ' ';
    }

    /** Whether [from, to) stands as a whole token: no word char (Latin, Greek, Cyrillic) runs on at either end. */
    static boolean wholeToken(char[] text, int length, int from, int to) {
        if (Fold.isWordChar(Fold.lower(text[from])) && Fold.isWordChar(before(text, from))) return false;
        if (!Fold.isWordChar(Fold.lower(text[to - 1]))) return true;
        return !Fold.isWordChar(after(text, to, length)) || possessive(text, length, to);
    }

    /** Whether an English possessive ('s, ’s) follows at {@code to}: "UNESCO's budget" names UNESCO. */
    private static boolean possessive(char[] text, int length, int to) {
        return to + 1 < length && (text[to] == '\'' || text[to] == '’') && Fold.lower(text[to + 1]) == 's'
                && (to + 2 == length || !Fold.isWordChar(Fold.lower(text[to + 2])));
    }

    /** The normal form of [from, to) with case kept (dropped chars out, runs of spaces as one). */
    static String exact(char[] text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char f = Fold.exact(text[i]);
            if (f == Fold.DROP) continue;
            if (f == ' ' && b.length() > 0 && b.charAt(b.length() - 1) == ' ') continue;
            b.append(f);
        }
        return b.toString();
    }
}
