package org.comity.web.view;

import java.util.List;

/** One state: its memberships on a day, its exits and returns (each with its organization), its contributions. */
public record StateView(Frame frame, String name, String iso, String otherName, Integer cow, String unStatus, String on,
                        List<Membership> memberships, List<EventRow> events, Contributions contributions) {

    public record Membership(String orgId, String orgName, String role, String status, String since) {}

    /** {@code year} null when no funding data is loaded; {@code rows} empty when the state gave nothing recorded. */
    public record Contributions(Integer year, String total, String share, List<Row> rows) {}

    /** {@code orgId} null for a body the dataset does not list (shown by name only, never by its raw id). */
    public record Row(String orgId, String name, String sort, String usd, String share) {}
}
