package org.comity.cli;

/** Column widths on a terminal, where Chinese characters take two cells. */
final class TextWidth {

    private TextWidth() {}

    static int of(String s) {
        return s.codePoints().map(TextWidth::cells).sum();
    }

    static String pad(String s, int width) {
        int w = of(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }

    static String clip(String s, int max) {
        if (of(s) <= max) return s;
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int cp : s.codePoints().toArray()) {
            if (w + cells(cp) > max - 1) break;
            b.appendCodePoint(cp);
            w += cells(cp);
        }
        return b.append('…').toString();
    }

    private static int cells(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        boolean wide = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < 0xFF61
                || block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.HANGUL_SYLLABLES;
        return wide ? 2 : 1;
    }
}
