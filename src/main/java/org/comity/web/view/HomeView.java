package org.comity.web.view;

import java.util.List;

/** The home page: one legal act at a glance, its list with filters, the US timeline, what changed since a date. */
public record HomeView(Frame frame, String title, String date, String citation, String source, List<Link> shortcuts,
                       List<Card> sections, List<Card> categories, List<Card> statuses, List<Filter> filters,
                       String listNote, List<Row> rows, Chart timeline, List<EventRow> events,
                       String since, String sinceValue, List<Change> changes) {

    /** A select of the filter form. */
    public record Filter(String name, String label, List<Option> options) {}

    public record Option(String value, String label, boolean selected) {}

    /** One organization the act names, with its status today. */
    public record Row(String status, int seq, String id, String name, String acronym, String otherName, String section, String category) {}

    public record Change(String date, String change, String orgId, String orgName) {}
}
