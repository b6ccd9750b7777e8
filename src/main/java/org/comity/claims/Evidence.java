package org.comity.claims;

import org.comity.funding.FundingData;
import org.comity.query.Answers;
import org.comity.snapshot.Snapshot;

/** What the checks read: one snapshot of the record (and its answers) and one view of the funding figures. */
record Evidence(Snapshot snapshot, FundingData funding, Answers answers) {

    static Evidence of(Snapshot s, FundingData d) {
        return new Evidence(s, d, new Answers(s));
    }
}
