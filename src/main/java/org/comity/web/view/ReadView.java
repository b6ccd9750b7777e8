package org.comity.web.view;

import java.util.List;

/** Read a text: the form, and when a text was given, the text with its mentions marked and their list. */
public record ReadView(Frame frame, String text, boolean seed, Result result) {

    public record Result(int count, List<Segment> segments, List<Mention> mentions, String shareUrl) {}

    /** A run of the text; {@code css} null for plain text, else the mark's class, with its organization when resolved. */
    public record Segment(String text, String css, String org, String title) {}

    public record Mention(String text, String orgId, String orgName, String candidates, String status) {}
}
