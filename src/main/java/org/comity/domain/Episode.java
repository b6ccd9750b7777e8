package org.comity.domain;

import java.time.LocalDate;
import java.util.List;

/** A stretch of time during which a state belonged to an organization; {@code end} is the first day out. */
public record Episode(String state, String org, Role role, PartialDate start, PartialDate end, EndReason endReason,
                      List<String> sources) implements Sourced {

    public boolean covers(LocalDate on) {
        return start.isOnOrBefore(on) && (end == null || end.isAfter(on));
    }
}
