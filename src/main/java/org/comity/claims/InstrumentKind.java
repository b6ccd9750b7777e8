package org.comity.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.domain.Instrument;

/** What kind of act an act is, against the kind the claim names ("executive order" is executive-order). */
record InstrumentKind(String instrument) implements Check {

    @Override
    public Outcome run(Claim claim, ClaimCheck rule, Evidence e, Map<String, Object> how) {
        Instrument i = e.snapshot().instrument(instrument);
        String kind = i.kind().code();
        how.put("source_rows", List.of(Compare.row("instruments.csv", i.id(), "kind", kind)));
        return Outcome.of(kind, kind.equals(claim.expected().trim().toLowerCase(Locale.ROOT).replace(' ', '-')));
    }
}
