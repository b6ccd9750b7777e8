package org.comity.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.domain.rules.EffectiveDates.effectiveDate;

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
        assertThat(effectiveDate(d("2025-01-27"), EffectiveRule.ONE_YEAR_AFTER_NOTICE, null, null, null)).contains(d("2026-01-27"));
        assertThat(effectiveDate(d("2025-01-22"), EffectiveRule.ONE_YEAR_AFTER_NOTICE, null, null, null)).contains(d("2026-01-22"));
        // a leap day notice ends on 28 Feb of the next year
        assertThat(effectiveDate(d("2024-02-29"), EffectiveRule.ONE_YEAR_AFTER_NOTICE, null, null, null)).contains(d("2025-02-28"));
    }

    @Test
    void unescoRuleEndsOnThirtyFirstDecemberOfTheFollowingYearWhateverTheMonth() {
        assertThat(effectiveDate(d("2017-10-12"), EffectiveRule.END_OF_FOLLOWING_YEAR, null, null, null)).contains(d("2018-12-31"));
        assertThat(effectiveDate(d("2025-07-22"), EffectiveRule.END_OF_FOLLOWING_YEAR, null, null, null)).contains(d("2026-12-31"));
        assertThat(effectiveDate(d("2025-01-02"), EffectiveRule.END_OF_FOLLOWING_YEAR, null, null, null)).contains(d("2026-12-31"));
    }

    @Test
    void endOfSameYearAndImmediate() {
        assertThat(effectiveDate(d("2025-03-01"), EffectiveRule.END_OF_SAME_YEAR, null, null, null)).contains(d("2025-12-31"));
        assertThat(effectiveDate(d("2018-06-19"), EffectiveRule.IMMEDIATE, null, null, null)).contains(d("2018-06-19"));
    }

    @Test
    void noticePeriodOfTheOrganization() {
        assertThat(effectiveDate(d("2019-02-02"), EffectiveRule.AFTER_NOTICE_PERIOD, Period.ofMonths(6), null, null)).contains(d("2019-08-02"));
        assertThat(effectiveDate(d("2025-01-01"), EffectiveRule.AFTER_NOTICE_PERIOD, Period.ofDays(90), null, null)).contains(d("2025-04-01"));
        assertThat(effectiveDate(d("2025-01-01"), EffectiveRule.AFTER_NOTICE_PERIOD, null, null, null)).isEmpty();
    }

    @Test
    void noNoticeMeansNoDateExceptAStatedOne() {
        assertThat(effectiveDate(null, EffectiveRule.ONE_YEAR_AFTER_NOTICE, null, null, null)).isEmpty();
        assertThat(effectiveDate(null, EffectiveRule.AS_STATED, null, d("2025-01-29"), null)).contains(d("2025-01-29"));
        assertThat(effectiveDate(d("2025-01-01"), EffectiveRule.UNKNOWN, null, null, null)).isEmpty();
        assertThat(effectiveDate(d("2025-01-01"), EffectiveRule.NONE, null, null, null)).isEmpty();
    }

    @Test
    void aNoticeRetractedBeforeItBitesNeverTakesEffect() {
        // WHO: notice 6 Jul 2020 would have taken effect 6 Jul 2021; retracted 20 Jan 2021
        assertThat(effectiveDate(d("2020-07-06"), EffectiveRule.ONE_YEAR_AFTER_NOTICE, null, null, d("2021-01-20"))).isEmpty();
        // a retraction after the exit took effect changes nothing
        assertThat(effectiveDate(d("2020-07-06"), EffectiveRule.ONE_YEAR_AFTER_NOTICE, null, null, d("2021-08-01"))).contains(d("2021-07-06"));
    }
}
