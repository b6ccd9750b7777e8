package org.comity.snapshot;

import java.text.Normalizer;
import java.util.Locale;
import org.comity.dataset.ChineseScript;

/**
 * The one normal form of a name used for look-ups: full-width forms folded (NFKC), simplified Chinese
 * script, lower case, quotes and 《》 brackets dropped, "United Nations" written "UN", spaces collapsed.
 */
public final class Names {

    private Names() {}

    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        if (ChineseScript.hasHan(s)) s = ChineseScript.toSimplified(s);
        s = s.toLowerCase(Locale.ROOT)
                .replaceAll("[\"'“”‘’《》〈〉「」『』]", "")
                .replaceAll("[‐‑‒–—―-]", "-")
                .replaceAll("\\bunited nations\\b", "un")
                .replaceAll("\\bcombatting\\b", "combating")
                .replaceAll("\\s+", " ")
                .trim();
        return s;
    }
}
