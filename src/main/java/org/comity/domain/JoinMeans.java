package org.comity.domain;

/** How a state came to belong: by the instrument it deposited, an admission, a succession, an election. */
public enum JoinMeans implements Coded {
    FOUNDING, ADMISSION, RATIFICATION, ACCESSION, ACCEPTANCE, APPROVAL, SUCCESSION, CONTINUATION, SIGNATURE,
    DEFINITIVE_SIGNATURE, ELECTION, OTHER
}
