package org.comity.cow;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Some COW names hold Mac Roman bytes misread as Latin-1 ("Comit\u008e" for "Comité"). Re-reading such a
 * name as Mac Roman repairs it; names without those characters are left alone.
 */
final class Mojibake {

    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    private Mojibake() {}

    static String repair(String s) {
        boolean suspect = s.chars().anyMatch(c -> (c >= 0x80 && c <= 0x9F) || c == 0xCA);
        if (!suspect || s.chars().anyMatch(c -> c > 0xFF)) return s;
        String fixed = new String(s.getBytes(StandardCharsets.ISO_8859_1), MAC_ROMAN);
        return fixed.replace('\u00A0', ' ').strip();
    }
}
