package org.comity.query;

import java.time.LocalDate;
import org.comity.domain.Action;
import org.comity.domain.PartialDate;

/** One dated action of the record, with its computed effective date. */
public record TimelineEvent(PartialDate date, Action action, LocalDate effective) {}
