package org.comity.funding;

import java.math.BigDecimal;

/**
 * Amounts as CEB writes them: spaces (also no-break spaces) between thousands ("4 417 458 884"), a dot
 * for decimals, an optional minus sign for adjustments ("-5 000"), and the spreadsheet zero " -   ".
 */
final class CebNumbers {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u202F]");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private CebNumbers() {}

    /** The amount, or null when the text is not a number. */
    static BigDecimal parse(String text) {
        String t = SPACES.matcher(text).replaceAll("");
        if (t.isEmpty() || t.equals("-")) return BigDecimal.ZERO;
        if (!NUMBER.matcher(t).matches()) return null;
        return new BigDecimal(t);
    }
}
