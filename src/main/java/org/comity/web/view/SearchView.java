package org.comity.web.view;

import java.util.List;

/** Search results: each hit with its name in the page's language and the other. */
public record SearchView(Frame frame, String query, List<Hit> hits) {

    public record Hit(String href, String name, String acronym, String otherName) {}
}
