package org.comity.query;

import java.time.LocalDate;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.domain.WithdrawalRule;
import org.comity.domain.rules.StatusAnswer;

/**
 * The answer to "where does this state stand with this organization on this day", with its clause.
 *
 * @param record which record answered: {@code curated}, {@code cow-igo-v3}, or {@code none}
 * @param other  the imported record's answer when it disagrees with the curated one about belonging, else null
 */
public record StatusResult(State state, Organization org, LocalDate on, StatusAnswer answer, WithdrawalRule clause,
                           String record, StatusAnswer other) {}
