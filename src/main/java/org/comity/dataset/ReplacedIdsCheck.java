package org.comity.dataset;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.comity.domain.Dataset;
import org.comity.domain.IdKind;
import org.comity.domain.Instrument;
import org.comity.domain.Organization;
import org.comity.domain.ReplacedId;

/**
 * The rule of replaced-ids.csv: an id once published never changes meaning. An old id is listed once per
 * kind, is no longer a current id (giving it to another record would change its meaning), and leads, in one
 * step or several, to a current id of the same kind.
 */
final class ReplacedIdsCheck {

    private static final String TABLE = "replaced-ids";

    private ReplacedIdsCheck() {}

    static void check(Dataset d, Located at, List<Problem> problems) {
        Set<String> orgs = new HashSet<>(d.organizations().stream().map(Organization::id).toList());
        Set<String> instruments = new HashSet<>(d.instruments().stream().map(Instrument::id).toList());
        Set<String> seen = new HashSet<>();
        for (ReplacedId r : d.replacedIds()) {
            Set<String> current = r.kind() == IdKind.ORGANIZATION ? orgs : instruments;
            String what = r.kind() == IdKind.ORGANIZATION ? "an organization id in organizations.csv" : "an instrument id in instruments.csv";
            if (!seen.add(r.kind().code() + "/" + r.oldId())) {
                problems.add(at.problem(r, TABLE, "old_id", r.oldId(), "'" + r.oldId() + "' is replaced twice"));
            }
            if (current.contains(r.oldId())) {
                problems.add(at.problem(r, TABLE, "old_id", r.oldId(), "'" + r.oldId() + "' is still " + what
                        + ": a replaced id is never used again"));
            }
            String now = ReplacedId.current(d.replacedIds(), r.kind(), r.oldId());
            if (now == null) {
                problems.add(at.problem(r, TABLE, "new_id", r.newId(), "the replacements of '" + r.oldId() + "' loop back to it"));
            } else if (!current.contains(now)) {
                problems.add(at.problem(r, TABLE, "new_id", r.newId(), "'" + now + "' is not " + what));
            }
        }
    }
}
