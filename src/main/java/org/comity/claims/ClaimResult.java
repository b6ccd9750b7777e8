package org.comity.claims;

import java.util.Map;

/**
 * A claim's verdict: what the data computes ({@code computed}, null when it cannot; {@code said}, the same when
 * it is a sentence, for the site to say in its language), compared with what
 * the document says, and how ({@code computation}: the method, its filters and definition, the rows it
 * read, and the figures of each kind of check — the free-form "how" shown beside the verdict).
 */
public record ClaimResult(String computed, org.comity.domain.Sentence said, Verdict verdict, Map<String, Object> computation) {

    /** Why a funding sum over part of a claim's period has no verdict (the Chinese site says it in its own words). */
    public static final String PARTIAL_PERIOD = "the data cover part of the claim's period only (see definition); no verdict on a part";
}
