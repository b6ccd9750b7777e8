package org.comity.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.domain.EffectiveRule;
import org.comity.domain.Episode;
import org.comity.domain.PartialDate;
import org.comity.domain.Role;
import org.comity.domain.WithdrawalRule;
import org.junit.jupiter.api.Test;

/** The as-of status rule on hand-made histories shaped like the real ones (the curated data is tested elsewhere). */
class StatusRuleTest {

    private static final List<String> SRC = List.of("https://example.org/source");

    private static PartialDate p(String s) {
        return s == null ? null : PartialDate.parse(s);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Episode episode(String start, String end) {
        return new Episode("USA", "x", Role.MEMBER, p(start), p(end), null, SRC);
    }

    private static Action action(String id, ActionType type, String announced, String notice, String effective, EffectiveRule rule) {
        return new Action(id, 1, "USA", null, "x", type, p(announced), p(notice), p(effective), rule, null, SRC);
    }

    private static StatusAnswer on(String day, List<Episode> episodes, List<Action> actions, WithdrawalRule clause) {
        return StatusRule.statusOn(d(day), true, episodes, actions, clause);
    }

    @Test
    void whoNoticeOf2020WasRetractedSoTheUsStayedAMember() {
        var episodes = List.of(episode("1948-06-21", "2026-01-22"));
        var notice2020 = action("notice-2020", ActionType.WITHDRAW, "2020-05-29", "2020-07-06", null, EffectiveRule.ONE_YEAR_AFTER_NOTICE);
        var retraction = action("letter-2021", ActionType.RETRACT, "2021-01-20", null, null, EffectiveRule.NONE);
        var eo14155 = action("eo-14155", ActionType.WITHDRAW, "2025-01-20", "2025-01-22", "2026-01-22", EffectiveRule.ONE_YEAR_AFTER_NOTICE);
        var actions = List.of(eo14155, retraction, notice2020); // order of the input must not matter

        StatusAnswer before = on("2020-06-01", episodes, actions, null);
        assertThat(before.status()).isEqualTo(Status.ANNOUNCED);

        StatusAnswer pending = on("2020-12-01", episodes, actions, null);
        assertThat(pending.status()).isEqualTo(Status.WITHDRAWING);
        assertThat(pending.since()).isEqualTo(d("2020-07-06"));
        assertThat(pending.effective()).isEqualTo(d("2021-07-06"));
        assertThat(pending.basis()).containsExactly(notice2020);

        StatusAnswer after = on("2021-06-01", episodes, actions, null);
        assertThat(after.status()).isEqualTo(Status.MEMBER);
        assertThat(after.basis()).containsExactly(notice2020, retraction);

        assertThat(on("2025-06-01", episodes, actions, null).status()).isEqualTo(Status.WITHDRAWING);
        StatusAnswer out = on("2026-06-01", episodes, actions, null);
        assertThat(out.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(out.since()).isEqualTo(d("2026-01-22"));
        assertThat(out.basis()).containsExactly(eo14155);
    }

    @Test
    void parisExitReturnAndSecondExit() {
        var episodes = List.of(episode("2016-11-04", "2020-11-04"), episode("2021-02-19", "2026-01-27"));
        var notice2019 = action("n2019", ActionType.WITHDRAW, "2017-06-01", "2019-11-04", "2020-11-04", EffectiveRule.ONE_YEAR_AFTER_NOTICE);
        var rejoin = action("acc2021", ActionType.REJOIN, "2021-01-20", null, "2021-02-19", EffectiveRule.AS_STATED);
        var eo14162 = action("eo14162", ActionType.WITHDRAW, "2025-01-20", "2025-01-27", null, EffectiveRule.ONE_YEAR_AFTER_NOTICE);
        var actions = List.of(notice2019, rejoin, eo14162);
        assertThat(on("2018-01-01", episodes, actions, null).status()).isEqualTo(Status.ANNOUNCED);
        assertThat(on("2020-01-01", episodes, actions, null).status()).isEqualTo(Status.WITHDRAWING);
        assertThat(on("2020-12-01", episodes, actions, null).status()).isEqualTo(Status.WITHDRAWN);
        assertThat(on("2021-02-01", episodes, actions, null).status()).isEqualTo(Status.WITHDRAWN);
        assertThat(on("2021-03-01", episodes, actions, null).status()).isEqualTo(Status.MEMBER);
        StatusAnswer second = on("2026-06-01", episodes, actions, null);
        assertThat(second.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(second.effective()).isEqualTo(d("2026-01-27")); // computed from the notice and the rule
    }

    @Test
    void unescoGapWithoutARecordedActIsNotMemberAndThePendingExitUsesTheClause() {
        var clause = new WithdrawalRule("x", "Constitution", "II(6)", null, EffectiveRule.END_OF_FOLLOWING_YEAR, null, SRC);
        var episodes = List.of(episode("1946-11-04", "1984-12-31"), episode("2003-10-01", "2018-12-31"), episode("2023-07-10", null));
        var notice2025 = action("n2025", ActionType.WITHDRAW, "2025-07-22", "2025-07-22", null, EffectiveRule.UNKNOWN);
        var actions = List.of(notice2025);
        StatusAnswer gap = on("2000-01-01", episodes, actions, clause);
        assertThat(gap.status()).isEqualTo(Status.NOT_MEMBER);
        assertThat(gap.since()).isEqualTo(d("1984-12-31"));
        StatusAnswer pending = on("2026-06-01", episodes, actions, clause);
        assertThat(pending.status()).isEqualTo(Status.WITHDRAWING);
        assertThat(pending.effective()).isEqualTo(d("2026-12-31"));
        assertThat(on("2027-01-01", episodes, actions, clause).status()).isEqualTo(Status.WITHDRAWN);
    }

    @Test
    void anAnnouncedExitWithoutNoticeStaysAnnounced() {
        var episodes = List.of(episode("1994-03-21", null));
        var memo = action("memo", ActionType.WITHDRAW, "2026-01-07", null, null, EffectiveRule.UNKNOWN);
        var clause = new WithdrawalRule("x", "UNFCCC", "25", Period.ofYears(1), EffectiveRule.ONE_YEAR_AFTER_NOTICE, null, SRC);
        StatusAnswer a = on("2026-01-08", episodes, List.of(memo), clause);
        assertThat(a.status()).isEqualTo(Status.ANNOUNCED);
        assertThat(a.effective()).isNull();
        assertThat(on("2026-01-06", episodes, List.of(memo), clause).status()).isEqualTo(Status.MEMBER);
    }

    @Test
    void bodiesWithoutMembershipArePartOfOrCeased() {
        var memo = action("memo", ActionType.CEASE_PARTICIPATION, "2026-01-07", null, null, EffectiveRule.NONE);
        assertThat(StatusRule.statusOn(d("2025-12-31"), false, List.of(), List.of(memo), null).status()).isEqualTo(Status.PARTICIPATING);
        StatusAnswer ceased = StatusRule.statusOn(d("2026-02-01"), false, List.of(), List.of(memo), null);
        assertThat(ceased.status()).isEqualTo(Status.CEASED);
        assertThat(ceased.since()).isEqualTo(d("2026-01-07"));
        var back = action("back", ActionType.REJOIN, "2027-01-01", null, null, EffectiveRule.NONE);
        assertThat(StatusRule.statusOn(d("2027-02-01"), false, List.of(), List.of(memo, back), null).status()).isEqualTo(Status.PARTICIPATING);
    }

    @Test
    void aMemberThatStopsTakingPartHasCeasedButAFundingCutAloneLeavesItAMember() {
        var episodes = List.of(episode("1948", null));
        var memo = action("memo", ActionType.CEASE_PARTICIPATION, "2026-01-07", null, null, EffectiveRule.NONE);
        StatusAnswer a = on("2026-02-01", episodes, List.of(memo), null);
        assertThat(a.status()).isEqualTo(Status.CEASED);
        assertThat(a.episode()).isNotNull(); // still a member on paper
        var cut = action("cut", ActionType.CEASE_FUNDING, "2025-01-20", null, null, EffectiveRule.NONE);
        assertThat(on("2025-02-01", episodes, List.of(cut), null).status()).isEqualTo(Status.MEMBER);
        // a body the state never belonged to, but took part in (regional commissions it is not a member of)
        assertThat(on("2026-02-01", List.of(), List.of(memo), null).status()).isEqualTo(Status.CEASED);
    }

    @Test
    void nothingRecordedIsUnknownAndOutsideEveryEpisodeIsNotMember() {
        assertThat(on("2020-01-01", List.of(), List.of(), null).status()).isEqualTo(Status.UNKNOWN);
        assertThat(on("1940-01-01", List.of(episode("1948-06-21", null)), List.of(), null).status()).isEqualTo(Status.NOT_MEMBER);
    }

    @Test
    void aRecordedEffectiveDateWinsOverTheRule() {
        // ECOWAS fixed 29 Jan 2025 for the Sahel states' exit; the record says so
        var episodes = List.of(episode("1975", "2025-01-29"));
        var exit = action("bfa", ActionType.WITHDRAW, "2024-01-28", null, "2025-01-29", EffectiveRule.AS_STATED);
        assertThat(on("2024-06-01", episodes, List.of(exit), null).status()).isEqualTo(Status.ANNOUNCED);
        assertThat(on("2025-01-29", episodes, List.of(exit), null).status()).isEqualTo(Status.WITHDRAWN);
    }
}
