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
        return Episode.of("USA", "x", Role.MEMBER, p(start), p(end), null, SRC);
    }

    private static Action action(String id, ActionType type, String announced, String notice, String effective, EffectiveRule rule) {
        return new Action(id, 1, "USA", null, "x", type, p(announced), p(notice), p(effective), rule, List.of(), null, SRC);
    }

    private static StatusAnswer on(String day, List<Episode> episodes, List<Action> actions, WithdrawalRule clause) {
        return StatusRule.statusOn(d(day), true, episodes, false, actions, clause);
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
        assertThat(after.legal().value()).isEqualTo(Legal.MEMBER);
        assertThat(after.byActs()).as("the list answers once the notice is closed").isFalse();

        assertThat(on("2025-06-01", episodes, actions, null).status()).isEqualTo(Status.WITHDRAWING);
        StatusAnswer out = on("2026-06-01", episodes, actions, null);
        assertThat(out.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(out.since()).isEqualTo(d("2026-01-22"));
        assertThat(out.basis()).containsExactly(eo14155);
        assertThat(out.legal().value()).isEqualTo(Legal.WITHDRAWN);
        assertThat(out.participation()).as("no participation part once out").isNull();
    }

    @Test
    void theCourseOfEachExitIsDecidedOnceByExits() {
        var notice2020 = action("notice-2020", ActionType.WITHDRAW, "2020-05-29", "2020-07-06", null, EffectiveRule.ONE_YEAR_AFTER_NOTICE);
        var retraction = action("letter-2021", ActionType.RETRACT, "2021-01-20", null, null, EffectiveRule.NONE);
        var eo14155 = action("eo-14155", ActionType.WITHDRAW, "2025-01-20", "2025-01-22", "2026-01-22", EffectiveRule.ONE_YEAR_AFTER_NOTICE);
        List<Exit> exits = Exits.of(List.of(eo14155, retraction, notice2020), null);
        assertThat(exits).hasSize(2);
        assertThat(exits.get(0).effective()).as("scheduled").isEqualTo(d("2021-07-06"));
        assertThat(exits.get(0).closedBy()).isEqualTo(retraction);
        assertThat(exits.get(0).takesEffect()).isFalse();
        assertThat(exits.get(1).takesEffect()).isTrue();
        assertThat(exits.get(1).closedBy()).as("a retraction before a later notice does not close it").isNull();
        // a retraction after an exit took effect closes nothing
        var late = action("late", ActionType.RETRACT, "2021-08-01", null, null, EffectiveRule.NONE);
        assertThat(Exits.of(List.of(notice2020, late), null).get(0).takesEffect()).isTrue();
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
        var episodes = List.of(episode("1946-11-04", "1985-01-01"), episode("2003-10-01", "2019-01-01"), episode("2023-07-10", null));
        var notice2025 = action("n2025", ActionType.WITHDRAW, "2025-07-22", "2025-07-22", null, EffectiveRule.UNKNOWN);
        var actions = List.of(notice2025);
        StatusAnswer gap = on("2000-01-01", episodes, actions, clause);
        assertThat(gap.status()).isEqualTo(Status.NOT_MEMBER);
        assertThat(gap.since()).isEqualTo(d("1985-01-01"));
        StatusAnswer pending = on("2026-06-01", episodes, actions, clause);
        assertThat(pending.status()).isEqualTo(Status.WITHDRAWING);
        assertThat(pending.effective()).isEqualTo(d("2027-01-01"));
        assertThat(pending.lastDay()).isEqualTo(d("2026-12-31"));
        assertThat(on("2026-12-31", episodes, actions, clause).status()).as("still a member on its last day").isEqualTo(Status.WITHDRAWING);
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
        assertThat(StatusRule.statusOn(d("2025-12-31"), false, List.of(), false, List.of(memo), null).status()).isEqualTo(Status.PARTICIPATING);
        StatusAnswer ceased = StatusRule.statusOn(d("2026-02-01"), false, List.of(), false, List.of(memo), null);
        assertThat(ceased.status()).isEqualTo(Status.CEASED);
        assertThat(ceased.since()).isEqualTo(d("2026-01-07"));
        var back = action("back", ActionType.REJOIN, "2027-01-01", null, null, EffectiveRule.NONE);
        assertThat(StatusRule.statusOn(d("2027-02-01"), false, List.of(), false, List.of(memo, back), null).status()).isEqualTo(Status.PARTICIPATING);
    }

    @Test
    void fundingIsCutRestoredAndCutAgainAsTheUnrwaRecordRuns() {
        // UNRWA: US funding stopped 2018, resumed 7 Apr 2021, paused 26 Jan 2024, then barred by law
        var stop2018 = action("s2018", ActionType.CEASE_FUNDING, "2018-08-31", null, null, EffectiveRule.NONE);
        var resume2021 = action("r2021", ActionType.RESUME_FUNDING, "2021-04-07", null, null, EffectiveRule.NONE);
        var pause2024 = action("p2024", ActionType.CEASE_FUNDING, "2024-01-26", null, null, EffectiveRule.NONE);
        var acts = List.of(stop2018, resume2021, pause2024);
        StatusAnswer y2019 = StatusRule.statusOn(d("2019-06-01"), false, List.of(), false, acts, null);
        assertThat(y2019.status()).isEqualTo(Status.CEASED);
        assertThat(y2019.funding().value()).isEqualTo(Funding.CUT);
        StatusAnswer y2022 = StatusRule.statusOn(d("2022-06-01"), false, List.of(), false, acts, null);
        assertThat(y2022.status()).isEqualTo(Status.PARTICIPATING);
        assertThat(y2022.funding().value()).isEqualTo(Funding.RESTORED);
        assertThat(y2022.funding().since()).isEqualTo(d("2021-04-07"));
        StatusAnswer y2024 = StatusRule.statusOn(d("2024-06-01"), false, List.of(), false, acts, null);
        assertThat(y2024.status()).isEqualTo(Status.CEASED);
        assertThat(y2024.funding().since()).isEqualTo(d("2024-01-26"));
    }

    @Test
    void aMemberThatStopsTakingPartStaysAMemberInLawWithItsParticipationCeased() {
        var episodes = List.of(episode("1948", null));
        var memo = action("memo", ActionType.CEASE_PARTICIPATION, "2026-01-07", null, null, EffectiveRule.NONE);
        StatusAnswer a = on("2026-02-01", episodes, List.of(memo), null);
        // ECLAC, ESCAP, UNCTAD: the UN received no notification; membership follows UN membership
        assertThat(a.status()).isEqualTo(Status.MEMBER);
        assertThat(a.legal().value()).isEqualTo(Legal.MEMBER);
        assertThat(a.participation().value()).isEqualTo(Participation.CEASED);
        assertThat(a.participation().since()).isEqualTo(d("2026-01-07"));
        var cut = action("cut", ActionType.CEASE_FUNDING, "2025-01-20", null, null, EffectiveRule.NONE);
        StatusAnswer b = on("2025-02-01", episodes, List.of(cut), null);
        assertThat(b.status()).isEqualTo(Status.MEMBER);
        assertThat(b.funding().value()).isEqualTo(Funding.CUT);
        // a body the state never belonged to, but took part in (regional commissions it is not a member of)
        assertThat(on("2026-02-01", List.of(), List.of(memo), null).status()).isEqualTo(Status.CEASED);
    }

    @Test
    void nothingRecordedIsUnknownAndOutsideEveryEpisodeIsNotMember() {
        assertThat(on("2020-01-01", List.of(), List.of(), null).status()).isEqualTo(Status.UNKNOWN);
        assertThat(on("1940-01-01", List.of(episode("1948-06-21", null)), List.of(), null).status()).isEqualTo(Status.NOT_MEMBER);
        // a complete list that does not hold the state: not a member, with the list as basis
        StatusAnswer outsider = StatusRule.statusOn(d("2020-01-01"), true, List.of(), true, List.of(), null);
        assertThat(outsider.status()).isEqualTo(Status.NOT_MEMBER);
        assertThat(outsider.legal().value()).isEqualTo(Legal.NOT_MEMBER);
    }

    @Test
    void aSignatoryThatNeverRatifiedIsNotAMemberWithItsSignatureAsBasis() {
        // the US signed the Rome Statute on 31 Dec 2000 and notified on 6 May 2002 that it would not ratify
        var signed = Episode.of("USA", "x", Role.SIGNATORY, p("2000-12-31"), p("2002-05-06"), null, SRC);
        StatusAnswer in2001 = StatusRule.statusOn(d("2001-06-01"), true, List.of(signed), true, List.of(), null);
        assertThat(in2001.status()).isEqualTo(Status.NOT_MEMBER);
        assertThat(in2001.legal().value()).isEqualTo(Legal.SIGNATORY);
        assertThat(in2001.belongs()).isFalse();
        assertThat(StatusRule.statusOn(d("2010-01-01"), true, List.of(signed), true, List.of(), null).legal().value())
                .isEqualTo(Legal.NOT_MEMBER);
    }

    @Test
    void aRecordedEffectiveDateWinsOverTheRule() {
        // ECOWAS fixed 29 Jan 2025 for the Sahel states' exit; the record says so
        var episodes = List.of(episode("1975", "2025-01-29"));
        var exit = action("bfa", ActionType.WITHDRAW, "2024-01-28", null, "2025-01-29", EffectiveRule.AS_STATED);
        assertThat(on("2024-06-01", episodes, List.of(exit), null).status()).isEqualTo(Status.ANNOUNCED);
        assertThat(on("2025-01-29", episodes, List.of(exit), null).status()).isEqualTo(Status.WITHDRAWN);
    }

    @Test
    void aContestedExitCarriesItsFlags() {
        var episodes = List.of(episode("1948-06-21", null));
        var eo = new Action("eo-14155", 1, "USA", null, "x", ActionType.WITHDRAW, p("2025-01-20"), p("2025-01-22"),
                p("2026-01-22"), EffectiveRule.ONE_YEAR_AFTER_NOTICE,
                List.of(org.comity.domain.StatusFlag.CONTESTED, org.comity.domain.StatusFlag.CONDITIONS_UNMET), null, SRC);
        StatusAnswer a = on("2026-06-01", episodes, List.of(eo), null);
        assertThat(a.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(a.flags()).containsExactly(org.comity.domain.StatusFlag.CONTESTED, org.comity.domain.StatusFlag.CONDITIONS_UNMET);
    }
}
