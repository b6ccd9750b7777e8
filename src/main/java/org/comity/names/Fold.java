package org.comity.names;

import java.text.Normalizer;

/**
 * The character-level half of the one normal form shared by dictionary keys and texts: every UTF-16 char
 * folds to exactly one char (or is dropped), so offsets in a normalised text map straight back to the
 * original. Folds full-width forms to half-width (NFKC of the single char), traditional Chinese to
 * simplified (opencc4j, once per char, at class load), every dash to a space (so "UN-Habitat" is "UN
 * Habitat"), every kind of white space and control char to a space, and drops quotation marks and the
 * 《》 book-title brackets. Case is kept here; {@link #lower} gives the case-free form.
 */
public final class Fold {

    /** Marks a char that normalisation removes (quotes, 《》). Never produced by the fold otherwise. */
    public static final char DROP = '\uFFFF';

    private static final String DROPPED = "\"'`´“”„‘’‚‛«»‹›《》〈〉「」『』〝〞＂＇";
    private static final String DASHES = "-‐‑‒–—―−﹘﹣－";

    private static final char[] EXACT = new char[0x10000];
    private static final char[] LOWER = new char[0x10000];
    private static final boolean[] WORD = new boolean[0x10000];
    /**
     * One bit a char: set when {@link #lower} changes it. 8 KB stays in the L1 cache, where the 128 KB
     * table does not; most chars of a simplified Chinese or lower-case text fold to themselves.
     */
    private static final long[] CHANGED = new long[0x10000 / 64];
    /** One bit a char: set when its fold is neither dropped nor a space (one probe to tell a straight stretch). */
    private static final long[] SOLID = new long[0x10000 / 64];

    static {
        char[] simplified = simplifiedHan();
        for (int c = 0; c < 0x10000; c++) {
            char f = fold((char) c, simplified);
            EXACT[c] = f;
            LOWER[c] = f == DROP ? DROP : Character.toLowerCase(f);
            WORD[c] = isWord((char) c);
            if (LOWER[c] != c) CHANGED[c >>> 6] |= 1L << c;
            if (LOWER[c] != DROP && LOWER[c] != ' ') SOLID[c >>> 6] |= 1L << c;
        }
    }

    private Fold() {}

    /** The folded char, case kept; {@link #DROP} when the char is removed. */
    public static char exact(char c) {
        return EXACT[c];
    }

    /** The folded, lower-cased char; {@link #DROP} when the char is removed. */
    public static char lower(char c) {
        return (CHANGED[c >>> 6] & (1L << c)) == 0 ? c : LOWER[c];
    }

    /** Whether {@code c} folds to a char that is neither dropped nor a space. */
    public static boolean solid(char c) {
        return (SOLID[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * Whether a (folded) char is part of a Latin-script word: letters and digits of alphabetic scripts.
     * Han characters are not: Chinese has no spaces, so "退出UNFCCC的" must still see UNFCCC as a token.
     */
    public static boolean isWordChar(char c) {
        return WORD[c];
    }

    private static boolean isWord(char c) {
        if (c < 0x80) return Character.isLetterOrDigit(c);
        if (!Character.isLetter(c)) return false;
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.GREEK
                || s == Character.UnicodeScript.CYRILLIC;
    }

    private static char fold(char c, char[] simplified) {
        if (Character.isSurrogate(c)) return c;
        char f = c;
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        if (n.length() == 1) f = n.charAt(0);
        if (DROPPED.indexOf(f) >= 0 || DROPPED.indexOf(c) >= 0) return DROP;
        if (DASHES.indexOf(f) >= 0) return ' ';
        if (Character.isWhitespace(f) || Character.isSpaceChar(f) || Character.getType(f) == Character.CONTROL) return ' ';
        if (f >= HAN_FIRST && f <= HAN_LAST) f = simplified[f - HAN_FIRST];
        int variant = VARIANTS.indexOf(f);
        if (variant >= 0 && variant % 2 == 0) f = VARIANTS.charAt(variant + 1);
        return f;
    }

    /**
     * Variant forms used in Hong Kong and Taiwan that the conversion to simplified leaves as they are,
     * each followed by its simplified char (世衞 is 世卫).
     */
    private static final String VARIANTS = "衞卫爲为衆众綫线";

    private static final char HAN_FIRST = 0x3400;
    private static final char HAN_LAST = 0x9FFF;

    /**
     * Simplified form of every char of the CJK blocks, converted in one opencc4j call (one char a line,
     * so no phrase spans two chars); a char whose conversion is not one char stays as it is.
     */
    private static char[] simplifiedHan() {
        int count = HAN_LAST - HAN_FIRST + 1;
        StringBuilder b = new StringBuilder(count * 2);
        for (int i = 0; i < count; i++) b.append((char) (HAN_FIRST + i)).append('\n');
        String converted = ChineseScript.toSimplified(b.toString());
        char[] out = new char[count];
        boolean aligned = converted.length() == b.length();
        for (int i = 0; i < count; i++) {
            char original = (char) (HAN_FIRST + i);
            out[i] = aligned ? converted.charAt(2 * i) : single(original);
        }
        return out;
    }

    private static char single(char c) {
        String s = ChineseScript.toSimplified(String.valueOf(c));
        return s.length() == 1 ? s.charAt(0) : c;
    }
}
