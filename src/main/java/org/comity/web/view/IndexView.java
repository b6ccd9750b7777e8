package org.comity.web.view;

import java.util.List;

/**
 * An index (organizations, states or legal acts): filters, then one row per entry with its name, the
 * page's columns and, where there is one, the US status today.
 */
public record IndexView(Frame frame, String heading, String lede, List<HomeView.Filter> filters, List<String> columns, List<Row> rows) {

    /** {@code otherName}: the name in the other language (its own column, marked with that language), or null; {@code status} null when the index shows none; {@code cells} in the order of {@code columns} after the name. */
    public record Row(String href, String name, String nameLang, String acronym, String otherName, List<String> cells, String status) {}
}
