package org.comity.web.view;

import java.util.List;

/** A page that cannot be shown: what went wrong in one line, and the candidates when a name was ambiguous. */
public record ErrorView(Frame frame, String heading, String message, List<Link> candidates) {}
