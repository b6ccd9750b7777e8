package org.comity.funding;

import java.math.BigDecimal;

/**
 * Amounts as CEB writes them: spaces (also no-break spaces) between thousands ("4 417 458 884"), a dot
 * for decimals, an optional minus sign for adjustments ("-5 000"), and the spreadsheet zero " -   ".
 */
final class CebNumbers {

    private CebNumbers() {}

    /** The amount, or null when the text is not a number. */
    static BigDecimal parse(String text) {
        String t = text.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (t.isEmpty() || t.equals("-")) return BigDecimal.ZERO;
        if (!t.matches("-?\\d+(\\.\\d+)?")) return null;
        return new BigDecimal(t);
    }
}
