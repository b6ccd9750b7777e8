package org.comity.funding;

import java.util.Set;
import java.util.TreeSet;
import org.comity.domain.Action;
import org.comity.snapshot.Snapshot;

/** The states that left, or are leaving, some body: actors of any act that withdraws, ceases or suspends. */
public final class LeavingStates {

    private LeavingStates() {}

    public static Set<String> of(Snapshot s) {
        Set<String> out = new TreeSet<>();
        for (Action a : s.dataset().actions()) if (a.type().ceases()) out.add(a.state());
        return out;
    }
}
