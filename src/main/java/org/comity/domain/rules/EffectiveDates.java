package org.comity.domain.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.comity.domain.EffectiveRule;

/**
 * When an exit takes legal effect. Domestic acts do not start the clock: only the date the depositary
 * or the organization received the notice does (EO 14162 called the Paris exit immediate, yet under
 * art. 28 it took effect a year after the UN received the notice).
 */
public final class EffectiveDates {

    private EffectiveDates() {}

    /**
     * The first day the state is out, or empty when the rule gives no date (no notice yet, a rule we do
     * not know, an act without legal effect) or when the notice was retracted before it took effect.
     *
     * @param notice      the day notice was received, or null when none is recorded
     * @param rule        how the effective date follows from the notice
     * @param period      the organization's notice period, used by {@link EffectiveRule#AFTER_NOTICE_PERIOD}
     * @param stated      an effective date fixed by the act or the organization, used by {@link EffectiveRule#AS_STATED}
     * @param retractedOn the day the notice was retracted, or null
     */
    public static Optional<LocalDate> effectiveDate(LocalDate notice, EffectiveRule rule, Period period,
                                                    LocalDate stated, LocalDate retractedOn) {
        Optional<LocalDate> effective = scheduled(notice, rule, period, stated);
        if (retractedOn != null && effective.isPresent() && retractedOn.isBefore(effective.get())) {
            return Optional.empty();
        }
        return effective;
    }

    private static Optional<LocalDate> scheduled(LocalDate notice, EffectiveRule rule, Period period, LocalDate stated) {
        if (rule == EffectiveRule.AS_STATED) return Optional.ofNullable(stated);
        if (notice == null) return Optional.empty();
        switch (rule) {
            case ONE_YEAR_AFTER_NOTICE: return Optional.of(notice.plusYears(1));
            case AFTER_NOTICE_PERIOD: return Optional.ofNullable(period).map(notice::plus);
            case END_OF_FOLLOWING_YEAR: return Optional.of(LocalDate.of(notice.getYear() + 1, 12, 31));
            case END_OF_SAME_YEAR: return Optional.of(LocalDate.of(notice.getYear(), 12, 31));
            case IMMEDIATE: return Optional.of(notice);
            default: return Optional.empty();
        }
    }
}
