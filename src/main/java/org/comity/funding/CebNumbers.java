package org.comity.funding;

import java.math.BigDecimal;

/**
 * Amounts as CEB writes them: spaces (also no-break spaces) between thousands ("4 417 458 884"), a dot
 * for decimals, an optional minus sign for adjustments ("-5 000"), and the spreadsheet zero " -   ".
 */
final class CebNumbers {

    private CebNumbers() {}

    /** The amount, or null when the text is not a number ({@code -?digits(.digits)?} once the spaces are out). */
    static BigDecimal parse(String text) {
        CharSequence t = withoutSpaces(text);
        if (t.length() == 0 || (t.length() == 1 && t.charAt(0) == '-')) return BigDecimal.ZERO;
        int i = t.charAt(0) == '-' ? 1 : 0;
        int digits = digits(t, i);
        if (digits == 0) return null;
        i += digits;
        if (i < t.length()) {
            if (t.charAt(i) != '.') return null;
            int decimals = digits(t, i + 1);
            if (decimals == 0 || i + 1 + decimals != t.length()) return null;
        }
        return new BigDecimal(t.toString());
    }

    /** The text without its separators; the text itself when it has none (most amounts). */
    private static CharSequence withoutSpaces(String text) {
        int i = 0;
        while (i < text.length() && !isSpace(text.charAt(i))) i++;
        if (i == text.length()) return text;
        StringBuilder t = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) t.append(c);
        }
        return t;
    }

    /** What a thousands separator may be: white space (as {@code \\s} means it), the no-break spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u202F';
    }

    private static int digits(CharSequence t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') i++;
        return i - from;
    }
}
