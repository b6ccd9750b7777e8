package org.comity.web.view;

import java.util.List;

/** One legal act: every action it takes with the actor's status today, and the funding at risk. */
public record InstrumentView(Frame frame, String title, String date, String actorIso, String actorName, String kind, String citation,
                             List<String> sources, List<Row> rows, Risk risk) {

    public record Row(int seq, String orgId, String orgName, String section, String action, String notice, String effective,
                      String status, String source) {}

    /** The actor's money to each body the act names, as a share of its revenue; null when no funding data is loaded. */
    public record Risk(int year, String note, Chart chart, String actor, List<RiskRow> rows, List<Lacking> lacking) {}

    public record RiskRow(String orgId, String orgName, String donorSort, String donor, String totalSort, String total,
                          String shareSort, String share, String ofGovernment) {}

    public record Lacking(String orgId, String orgName, String reason) {}
}
