package org.comity.query;

import java.time.LocalDate;
import org.comity.domain.MemberList;
import org.comity.domain.Organization;
import org.comity.domain.RecordCheck;
import org.comity.domain.State;
import org.comity.domain.WithdrawalRule;
import org.comity.domain.rules.StatusAnswer;

/**
 * The answer to "where does this state stand with this organization on this day", with what it rests on.
 *
 * @param record      which record answered: {@code curated} (legal acts), {@code member-list}, {@code cow-igo-v3}, or {@code none}
 * @param list        the organization's member list, when Comity holds one
 * @param check       the latest check of the organization's record, when one is recorded
 * @param other       another record's answer when it disagrees about belonging, else null
 * @param otherRecord which record {@code other} comes from
 */
public record StatusResult(State state, Organization org, LocalDate on, StatusAnswer answer, WithdrawalRule clause,
                           String record, MemberList list, RecordCheck check, StatusAnswer other, String otherRecord) {}
