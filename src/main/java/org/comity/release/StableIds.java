package org.comity.release;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.comity.dataset.CsvLines;
import org.comity.dataset.Problem;

/**
 * An id once published never changes meaning and never silently disappears: every organization or
 * instrument id of the previous release is still there, or replaced-ids.csv says what replaced it.
 */
final class StableIds {

    static final String REPLACED = "replaced-ids";

    private StableIds() {}

    /** One problem per published id that is gone without a replacement. */
    static List<Problem> check(PackageData before, PackageData after) {
        Set<String> replaced = new HashSet<>();
        PackageData.Resource r = after.resources.get(REPLACED);
        if (r != null) for (CsvLines.Line line : r.lines()) replaced.add(line.get("kind") + "/" + line.get("old_id"));
        Set<String> now = ids(after);
        return ids(before).stream().filter(id -> !now.contains(id) && !replaced.contains(id))
                .map(id -> new Problem(REPLACED + ".csv", 0, "old_id", id.substring(id.indexOf('/') + 1), "the " + id.replace("/", " id '")
                        + "' of release " + before.version() + " is gone: list it in replaced-ids.csv with the id that replaced it"))
                .toList();
    }

    /** kind/id of every published id: the primary key of each resource that holds a kind of id. */
    private static Set<String> ids(PackageData pkg) {
        Set<String> out = new LinkedHashSet<>();
        for (PackageData.Resource r : pkg.resources.values()) {
            if (r.idKind() == null || r.primaryKey().size() != 1) continue;
            for (CsvLines.Line line : r.lines()) out.add(r.idKind() + "/" + line.get(r.primaryKey().get(0)));
        }
        return out;
    }
}
