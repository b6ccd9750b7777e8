package org.comity.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.domain.rules.EffectiveDates.scheduled;

import java.time.LocalDate;
import java.time.Period;
import org.comity.domain.EffectiveRule;
import org.junit.jupiter.api.Test;

class EffectiveDatesTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void oneYearAfterNoticeIsTheParisAndWhoClock() {
        // Paris art. 28: notice received 27 Jan 2025, out 27 Jan 2026; WHO (US reservation): 22 Jan 2025 -> 22 Jan 2026
        assertThat(scheduled(d("2025-01-27"), EffectiveRule.ONE_YEAR_AFTER_NOTICE, null, null)).contains(d("2026-01-27"));
        assertThat(scheduled(d("2025-01-22"), EffectiveRule.ONE_YEAR_AFTER_NOTICE, null, null)).contains(d("2026-01-22"));
        // a leap day notice ends on 28 Feb of the next year
        assertThat(scheduled(d("2024-02-29"), EffectiveRule.ONE_YEAR_AFTER_NOTICE, null, null)).contains(d("2025-02-28"));
    }

    @Test
    void unescoMembershipLastsThroughThirtyFirstDecemberOfTheFollowingYearSoTheFirstDayOutIsFirstJanuary() {
        assertThat(scheduled(d("2017-10-12"), EffectiveRule.END_OF_FOLLOWING_YEAR, null, null)).contains(d("2019-01-01"));
        assertThat(scheduled(d("2025-07-22"), EffectiveRule.END_OF_FOLLOWING_YEAR, null, null)).contains(d("2027-01-01"));
        assertThat(scheduled(d("2025-01-02"), EffectiveRule.END_OF_FOLLOWING_YEAR, null, null)).contains(d("2027-01-01"));
        assertThat(EffectiveDates.lastDay(EffectiveRule.END_OF_FOLLOWING_YEAR, d("2027-01-01"))).isEqualTo(d("2026-12-31"));
        assertThat(EffectiveDates.lastDay(EffectiveRule.ONE_YEAR_AFTER_NOTICE, d("2026-01-22"))).as("no period end named").isNull();
    }

    @Test
    void endOfSameYearAndImmediate() {
        // IRENA Statute art. XV: effective at the end of the year of notice; out from 1 January
        assertThat(scheduled(d("2025-03-01"), EffectiveRule.END_OF_SAME_YEAR, null, null)).contains(d("2026-01-01"));
        assertThat(EffectiveDates.lastDay(EffectiveRule.END_OF_SAME_YEAR, d("2026-01-01"))).isEqualTo(d("2025-12-31"));
        assertThat(scheduled(d("2018-06-19"), EffectiveRule.IMMEDIATE, null, null)).contains(d("2018-06-19"));
    }

    @Test
    void noticePeriodOfTheOrganization() {
        assertThat(scheduled(d("2019-02-02"), EffectiveRule.AFTER_NOTICE_PERIOD, Period.ofMonths(6), null)).contains(d("2019-08-02"));
        assertThat(scheduled(d("2025-01-01"), EffectiveRule.AFTER_NOTICE_PERIOD, Period.ofDays(90), null)).contains(d("2025-04-01"));
        assertThat(scheduled(d("2025-01-01"), EffectiveRule.AFTER_NOTICE_PERIOD, null, null)).isEmpty();
    }

    @Test
    void noNoticeMeansNoDateExceptAStatedOne() {
        assertThat(scheduled(null, EffectiveRule.ONE_YEAR_AFTER_NOTICE, null, null)).isEmpty();
        assertThat(scheduled(null, EffectiveRule.AS_STATED, null, d("2025-01-29"))).contains(d("2025-01-29"));
        assertThat(scheduled(d("2025-01-01"), EffectiveRule.UNKNOWN, null, null)).isEmpty();
        assertThat(scheduled(d("2025-01-01"), EffectiveRule.NONE, null, null)).isEmpty();
    }

}
