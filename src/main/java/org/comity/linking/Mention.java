package org.comity.linking;

import java.util.List;

/**
 * One organization named in a text.
 *
 * @param start      offset of the first char in the original text (Java String, UTF-16)
 * @param end        offset just after the last char
 * @param text       the original text of the mention (brackets such as 《》 and "(UNFCCC)" included)
 * @param org        the organization id, or null when the name is ambiguous and the text does not settle it
 * @param candidates every organization the name may mean (one when it is not ambiguous; when the text
 *                   settled a shared acronym, all its readings, {@code org} among them)
 * @param basis      how the organization was decided: name, acronym, name+acronym (a bracketed acronym
 *                   after the name), co-occurrence (the text names one candidate elsewhere), context
 *                   (words around it fit one candidate), or ambiguous
 * @param form       the curated name or alias that matched
 */
public record Mention(int start, int end, String text, String org, List<String> candidates, String basis, String form) {

    public boolean ambiguous() {
        return org == null;
    }
}
