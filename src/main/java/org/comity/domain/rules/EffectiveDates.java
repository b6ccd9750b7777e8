package org.comity.domain.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.comity.domain.EffectiveRule;

/**
 * When an exit takes legal effect. One convention everywhere: {@code effective} is the first day on which
 * the state is no longer bound. A clause that names the end of a period (UNESCO art. II(6): "31 December
 * of the following year") therefore gives 1 January as {@code effective} and 31 December as the last day
 * of membership. Domestic acts do not start the clock: only the date the depositary or the organization
 * received the notice does (EO 14162 called the Paris exit immediate, yet under art. 28 it took effect a
 * year after the UN received the notice).
 */
public final class EffectiveDates {

    private EffectiveDates() {}

    /**
     * The first day the state is out, or empty when the rule gives no date (no notice yet, a rule we do
     * not know, an act without legal effect).
     *
     * @param notice the day notice was received, or null when none is recorded
     * @param rule   how the effective date follows from the notice
     * @param period the organization's notice period, used by {@link EffectiveRule#AFTER_NOTICE_PERIOD}
     * @param stated an effective date fixed by the act or the organization, used by {@link EffectiveRule#AS_STATED}
     */
    public static Optional<LocalDate> scheduled(LocalDate notice, EffectiveRule rule, Period period, LocalDate stated) {
        if (rule == EffectiveRule.AS_STATED) return Optional.ofNullable(stated);
        if (notice == null) return Optional.empty();
        switch (rule) {
            case ONE_YEAR_AFTER_NOTICE: return Optional.of(notice.plusYears(1));
            case AFTER_NOTICE_PERIOD: return Optional.ofNullable(period).map(notice::plus);
            // Membership lasts through 31 December; the first day out is the next 1 January.
            case END_OF_FOLLOWING_YEAR: return Optional.of(LocalDate.of(notice.getYear() + 2, 1, 1));
            case END_OF_SAME_YEAR: return Optional.of(LocalDate.of(notice.getYear() + 1, 1, 1));
            case IMMEDIATE: return Optional.of(notice);
            default: return Optional.empty();
        }
    }

    /** The last day of membership, given only where the rule names the end of a period (31 December). */
    public static LocalDate lastDay(EffectiveRule rule, LocalDate effective) {
        if (effective == null) return null;
        return rule == EffectiveRule.END_OF_FOLLOWING_YEAR || rule == EffectiveRule.END_OF_SAME_YEAR
                ? effective.minusDays(1) : null;
    }
}
