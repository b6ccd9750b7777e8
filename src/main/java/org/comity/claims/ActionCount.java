package org.comity.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.domain.Section;

/** How many organizations an act lists (the rows of its action file), in one section or in all. */
record ActionCount(String instrument, Section section) implements Check {

    @Override
    public Outcome run(Claim claim, ClaimCheck rule, Evidence e, Map<String, Object> how) {
        long n = e.snapshot().actionsOf(instrument).stream().filter(a -> section == null || a.section() == section).count();
        how.put("numerator", n);
        how.put("source_rows", List.of(Compare.row("actions/" + instrument + ".csv",
                section == null ? "all rows" : "section=" + section.code(), "rows", n)));
        return Outcome.of(String.valueOf(n), Compare.numbers(BigDecimal.valueOf(n), claim.expected(), rule));
    }
}
