package org.comity.claims;

import java.util.Map;

/**
 * A claim's verdict: what the data computes ({@code computed}, null when it cannot), compared with what
 * the document says, and how ({@code computation}: the method, its filters and definition, the rows it
 * read, and the figures of each kind of check — the free-form "how" shown beside the verdict).
 */
public record ClaimResult(String computed, Verdict verdict, Map<String, Object> computation) {}
