package org.comity.funding;

import java.util.Map;

/** A claim's verdict: what the data computes, compared with what the document says, and how. */
public record ClaimResult(String computed, Verdict verdict, Map<String, Object> computation) {

    public enum Verdict implements org.comity.domain.Coded { CONFIRMED, CONTRADICTED, UNVERIFIABLE }
}
