package org.comity.claims;

import java.util.List;
import java.util.Map;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.domain.Instrument;

/** The date of an act, against the claimed date (to the coarser precision of the two). */
record InstrumentDate(String instrument) implements Check {

    @Override
    public Outcome run(Claim claim, ClaimCheck rule, Evidence e, Map<String, Object> how) {
        Instrument i = e.snapshot().instrument(instrument);
        String date = i.date().toString();
        how.put("source_rows", List.of(Compare.row("instruments.csv", i.id(), "date", date)));
        return Outcome.of(date, Compare.sameDate(date, claim.expected()));
    }
}
