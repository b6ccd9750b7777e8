package org.comity.linking;

import org.comity.names.Fold;
import org.comity.names.NormalText;

/**
 * One way an organization is written, as the dictionary holds it.
 *
 * @param org       the organization id
 * @param form      the name as curated (for display and for the list mode's report)
 * @param kind      where it came from: name-en, name-zh, acronym, or the alias type (short, variant ...)
 * @param exact     the normal form with case kept (same length as the dictionary key)
 * @param caseMask  positions of {@code exact} whose case must match the text; null when case is free
 */
record Surface(String org, String form, String kind, String exact, boolean[] caseMask) {

    /** Whether the text's chars (case kept, normal form) at {@code from} agree in case where it matters. */
    boolean caseAgrees(NormalText text, int from) {
        return caseAgrees(text, from, text.straightOrigin(from, from + exact.length()));
    }

    /** The same, {@code origin} being {@link NormalText#straightOrigin} of the span. */
    boolean caseAgrees(NormalText text, int from, int origin) {
        return caseMask == null || text.caseMatches(from, origin, exact, caseMask);
    }

    /**
     * Whether a hit on the original text at [from, from + exact.length()) agrees in case; {@code written}
     * is the hit's normal form with case kept ({@link OriginalText#exact}) when dropped chars or extra
     * spaces lie inside it, else null and the text is read in place.
     */
    boolean caseAgrees(char[] text, int from, String written) {
        if (caseMask == null) return true;
        for (int j = 0; j < caseMask.length; j++) {
            if (!caseMask[j]) continue;
            char c = written == null ? Fold.exact(text[from + j]) : written.charAt(j);
            if (c != exact.charAt(j)) return false;
        }
        return true;
    }

    boolean isAcronym() {
        return kind.equals("acronym");
    }

    /**
     * The positions whose case must match: every letter of a token with two or more capitals (UN, IDEA,
     * CoE, ReCAAP), and all of a name that is a single Latin token. "idea", "who" and "un" are words;
     * only "IDEA", "WHO" and "UN" are organizations. Multi-word names ("World Health Organization") keep
     * no mask, so a heading in capitals still matches.
     */
    static boolean[] caseMaskOf(String exact) {
        boolean[] mask = new boolean[exact.length()];
        boolean any = false;
        int tokens = 0;
        boolean latin = false;
        int i = 0;
        while (i < exact.length()) {
            while (i < exact.length() && exact.charAt(i) == ' ') i++;
            int from = i;
            int capitals = 0;
            while (i < exact.length() && exact.charAt(i) != ' ') {
                char c = exact.charAt(i);
                if (Character.isUpperCase(c)) capitals++;
                if (Fold.isWordChar(c) && Character.isLetter(c)) latin = true;
                i++;
            }
            if (i > from) tokens++;
            if (capitals >= 2) {
                for (int k = from; k < i; k++) mask[k] = Character.isLetter(exact.charAt(k));
                any = true;
            }
        }
        if (tokens == 1 && latin && !any) {
            for (int k = 0; k < exact.length(); k++) mask[k] = Character.isLetter(exact.charAt(k));
            any = true;
        }
        return any ? mask : null;
    }
}
