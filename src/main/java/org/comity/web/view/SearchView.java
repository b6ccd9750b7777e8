package org.comity.web.view;

import java.util.List;

/** Search results, ranked: each hit with its name in the page's language and the other; {@code suggested}: nothing matched, these are the nearest names. */
public record SearchView(Frame frame, String query, List<Hit> hits, boolean suggested) {

    /** {@code nameLang} "en" when the name is shown in English on the Chinese site (no Chinese name recorded). */
    public record Hit(String href, String name, String nameLang, String acronym, String otherName) {}
}
