package org.comity.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A stretch of time during which a state belonged to an organization. {@code start} is the first day it
 * belonged (admission, or the treaty's entry into force for it), {@code end} the first day it no longer
 * did; {@code deposited} the day its instrument reached the depositary when that differs from {@code start}.
 */
public record Episode(String state, String org, Role role, PartialDate start, PartialDate end, EndReason endReason,
                      PartialDate deposited, JoinMeans means, String note, List<String> sources) implements Sourced {

    /** An episode known only by its dates (the Correlates of War panel). */
    public static Episode of(String state, String org, Role role, PartialDate start, PartialDate end, EndReason endReason,
                             List<String> sources) {
        return new Episode(state, org, role, start, end, endReason, null, null, null, sources);
    }

    public boolean covers(LocalDate on) {
        return start.isOnOrBefore(on) && (end == null || end.isAfter(on));
    }

    public Episode withOrg(String otherOrg) {
        return new Episode(state, otherOrg, role, start, end, endReason, deposited, means, note, sources);
    }
}
