package org.comity.query;

import java.time.LocalDate;
import org.comity.domain.Action;
import org.comity.domain.PartialDate;

/**
 * One dated event of the record: an act entering it (its first date: {@code event} "announced" or
 * "notice"), or the day an act takes legal effect ({@code event} "effective"), with the act's own
 * computed effective date.
 */
public record TimelineEvent(PartialDate date, String event, Action action, LocalDate effective) {

    public static final String EFFECTIVE = "effective";
}
