package org.comity.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The initials a state goes by in the press, from its English name: the capitalised words' first letters
 * ("United Arab Emirates": UAE, "Democratic Republic of the Congo": DRC) and those of the words before
 * "of" ("United States of America": USA and US, "United Kingdom of Great Britain and Northern Ireland":
 * UK). Only for names of two capitalised words or more, and never a single letter.
 */
final class StateInitials {

    private StateInitials() {}

    static List<String> of(String nameEn) {
        Set<String> out = new LinkedHashSet<>();
        if (nameEn == null) return List.of();
        String[] words = nameEn.trim().split("[\\s,]+");
        StringBuilder all = new StringBuilder();
        StringBuilder beforeOf = new StringBuilder();
        boolean ofSeen = false;
        for (String w : words) {
            if (w.equals("of")) ofSeen = true;
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || !Character.isLetter(w.codePointAt(0))) continue;
            all.appendCodePoint(w.codePointAt(0));
            if (!ofSeen) beforeOf.appendCodePoint(w.codePointAt(0));
        }
        if (all.length() >= 2) out.add(all.toString());
        if (ofSeen && beforeOf.length() >= 2) out.add(beforeOf.toString());
        return new ArrayList<>(out);
    }
}
