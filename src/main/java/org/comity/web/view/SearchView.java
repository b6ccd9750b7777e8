package org.comity.web.view;

import java.util.List;

/** Search results: each hit with its name in the page's language and the other. */
public record SearchView(Frame frame, String query, List<Hit> hits) {

    /** {@code nameLang} "en" when the name is shown in English on the Chinese site (no Chinese name recorded). */
    public record Hit(String href, String name, String nameLang, String acronym, String otherName) {}
}
