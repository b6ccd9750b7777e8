package org.comity.domain;

import java.util.List;

/**
 * What one instrument does to one organization. An exit runs announced → notice → effective; any of the
 * three may be unknown (null). {@code state} is the instrument's actor, copied here so that an action
 * can be read on its own. {@code flags} mark an exit the organization contests or whose conditions are unmet.
 */
public record Action(
        String instrument,
        int seq,
        String state,
        Section section,
        String org,
        ActionType type,
        PartialDate announced,
        PartialDate notice,
        PartialDate effective,
        EffectiveRule rule,
        List<StatusFlag> flags,
        String note,
        List<String> sources) implements Sourced {

    /** The first date we know for this action: when it entered the record. */
    public PartialDate firstDate() {
        if (announced != null) return announced;
        if (notice != null) return notice;
        return effective;
    }
}
