package org.comity.web.view;

import java.util.List;

/** One organization: facts, the US record and why its exit falls where it does, the clause, members, money, other states. */
public record OrgView(Frame frame, String id, String name, String acronym, String otherName, List<Fact> facts,
                      String usaName, String status, String since, String effective, String why, List<EventRow> usEvents,
                      List<Fact> clause, Chart members, MembersMap map, Funding funding, List<EventRow> others, List<Source> sources) {

    /** Revenue by year and the focus donor's part; {@code rows} empty when the body has no funding figures. */
    public record Funding(String donor, Chart chart, List<Year> rows) {}

    public record Year(int year, String totalSort, String total, String assessed, String core, String earmarked, String donor, String share) {}

    public record Source(String url, String title, String publisher, String seen) {}

    /**
     * The members map, drawn in the browser by /assets/members-map.js from /api/members (a year slider redraws it);
     * {@code words} are its labels as JSON.
     */
    public record MembersMap(String org, String on, String words) {}
}
