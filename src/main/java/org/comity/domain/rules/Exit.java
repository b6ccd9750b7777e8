package org.comity.domain.rules;

import java.time.LocalDate;
import java.util.List;
import org.comity.domain.Action;
import org.comity.domain.EffectiveRule;
import org.comity.domain.StatusFlag;

/**
 * One withdrawal and its course: the act that started it, the day notice was received, the first day out
 * ({@code effective}, null when no date follows yet), the last day of membership where the clause names
 * one, and the act that closed it before it took effect (a retraction, or a return), if any.
 */
public record Exit(Action act, EffectiveRule rule, LocalDate notice, LocalDate effective, LocalDate lastDay,
                   Action closedBy) {

    /** The day the exit was closed without taking effect, or null. */
    public LocalDate closedOn() {
        return closedBy == null ? null : closedBy.firstDate().date();
    }

    /** Whether the exit takes (or took) effect: it has a date and nothing closed it before that date. */
    public boolean takesEffect() {
        return effective != null && closedBy == null;
    }

    public boolean noticeGivenBy(LocalDate on) {
        return notice != null && !notice.isAfter(on);
    }

    public List<StatusFlag> flags() {
        return act.flags();
    }
}
