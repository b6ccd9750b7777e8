package org.comity.claims;

import org.comity.domain.Coded;

/** What the data says of a claim: it agrees, it disagrees, or it cannot say (and the computation says why). */
public enum Verdict implements Coded { CONFIRMED, CONTRADICTED, UNVERIFIABLE }
