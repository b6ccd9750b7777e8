package org.comity.claims;

import java.util.Map;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.domain.Sentence;

/**
 * One kind of claim check ({@link org.comity.domain.CheckMethod}), built from its row's parameters by
 * {@link Checks#of}: computes a figure from the record and compares it with what the claim says.
 */
sealed interface Check permits InstrumentDate, InstrumentKind, ActionCount, YearsSince, Founded, InstrumentLists,
        FirstToLeave, LeftBetween, ExitDates, FundingShare, FundingAmount, Unverifiable {

    /**
     * The figure computed and the verdict; what the computation rests on goes into {@code how} (shown
     * beside the verdict). {@code rule} gives the comparison and its tolerance.
     */
    Outcome run(Claim claim, ClaimCheck rule, Evidence evidence, Map<String, Object> how);

    /** What a check computed and how it compares. */
    /** @param said the computed value as a sentence when it is one ({@code computed} is then its English), else null */
    record Outcome(String computed, Sentence said, Verdict verdict) {

        static Outcome of(String computed, boolean agrees) {
            return new Outcome(computed, null, agrees ? Verdict.CONFIRMED : Verdict.CONTRADICTED);
        }

        static Outcome of(Sentence said, boolean agrees) {
            return new Outcome(said.english(), said, agrees ? Verdict.CONFIRMED : Verdict.CONTRADICTED);
        }

        /** No verdict, for the reason given in {@code how} (a figure may still be shown: {@code computed}). */
        static Outcome unverifiable(String computed, Map<String, Object> how, String reason) {
            how.put("reason", reason);
            return new Outcome(computed, null, Verdict.UNVERIFIABLE);
        }
    }
}
