package org.comity.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.domain.Dataset;
import org.comity.domain.Source;
import org.comity.support.Cli;
import org.comity.support.StoreWithCli;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each error and gap a review of the record found, with the answer the record now gives (through the real
 * CLI), and the one date convention: {@code effective} is the first day out, {@code last_day} the last day
 * of membership where a clause names the end of a period.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordCorrectionsTest {

    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    private final Dataset dataset = DatasetReader.read(DataFiles.directory(TestDb.recordDir())).dataset();

    @ParameterizedTest(name = "{0} in {1} on {2}: {3}")
    @CsvSource({
            // UNESCO art. II(6): the US stays a member through 31 Dec 2026
            "USA, unesco, 2026-12-31, withdrawing, 2027-01-01, 2026-12-31",
            "USA, unesco, 2027-01-01, withdrawn, 2027-01-01, 2026-12-31",
            "NIC, unesco, 2026-12-31, withdrawing, 2027-01-01, 2026-12-31",
            // one year after notice: out on the anniversary
            "USA, who, 2026-01-21, withdrawing, 2026-01-22, ",
            "USA, who, 2026-01-22, withdrawn, 2026-01-22, ",
            "USA, paris-agreement, 2026-01-26, withdrawing, 2026-01-27, ",
            "USA, paris-agreement, 2026-01-27, withdrawn, 2026-01-27, ",
            "HUN, icc, 2026-06-01, withdrawing, 2026-06-02, ",
            "HUN, icc, 2026-06-02, withdrawn, 2026-06-02, ",
            // IOM: at the end of the financial year of the notice
            "NIC, iom, 2025-12-31, withdrawing, 2026-01-01, 2025-12-31",
            "NIC, iom, 2026-01-01, withdrawn, 2026-01-01, 2025-12-31",
            // the gaps the review found
            "PHL, icc, 2019-03-16, withdrawing, 2019-03-17, ",
            "PHL, icc, 2019-03-17, withdrawn, 2019-03-17, ",
            "ZAF, icc, 2017-06-01, member, , ",
            "GMB, icc, 2017-06-01, member, , ",
            "NIC, oas, 2023-11-19, withdrawn, 2023-11-19, ",
            "USA, unesco, 1990-06-01, withdrawn, 1985-01-01, 1984-12-31",
            "USA, unesco, 2003-10-01, member, , ",
    })
    void statusFollowsTheOneDateConvention(String state, String org, String on, String status, String effective, String lastDay) {
        JsonNode j = status(state, org, on);
        assertThat(j.get("status").asText()).isEqualTo(status);
        if (effective != null) assertThat(j.get("effective").asText()).isEqualTo(effective);
        if (lastDay != null) assertThat(j.get("last_day").asText()).isEqualTo(lastDay);
    }

    @Test
    void irenaAndIccromClausesNameTheEndOfAPeriod() {
        // IRENA Statute art. XV: effective at the end of the year of notice; ICCROM Statutes art. 10: 31 Dec of the next year
        var irena = dataset.withdrawalRules().stream().filter(w -> w.org().equals("irena")).findFirst().orElseThrow();
        var iccrom = dataset.withdrawalRules().stream().filter(w -> w.org().equals("iccrom")).findFirst().orElseThrow();
        var notice = org.comity.domain.PartialDate.parse("2026-03-01");
        var act = new org.comity.domain.Action("x", 1, "USA", null, "irena", org.comity.domain.ActionType.WITHDRAW, notice, notice,
                null, org.comity.domain.EffectiveRule.UNKNOWN, List.of(), null, List.of("https://example.org"));
        assertThat(org.comity.domain.rules.Exits.effective(act, irena)).contains(java.time.LocalDate.of(2027, 1, 1));
        assertThat(org.comity.domain.rules.Exits.effective(act, iccrom)).contains(java.time.LocalDate.of(2028, 1, 1));
    }

    @Test
    void theWhoExitIsWithdrawnInLawButContestedWithItsConditionsUnmet() {
        JsonNode j = status("USA", "who", "2026-06-01");
        assertThat(j.get("legal").asText()).isEqualTo("withdrawn");
        assertThat(j.get("flags").toString()).contains("contested", "conditions-unmet");
        assertThat(j.get("record").asText()).isEqualTo("curated");
        assertThat(j.get("basis").get(0).get("source_kind").asText()).isNotEmpty();
    }

    @Test
    void unBodiesWhoseMembershipFollowsTheUnShowMembersWhoseParticipationCeased() {
        for (String org : List.of("eclac", "escap", "unctad")) {
            JsonNode j = status("USA", org, "2026-06-01");
            assertThat(j.get("status").asText()).as(org).isEqualTo("member");
            assertThat(j.get("legal").asText()).as(org).isEqualTo("member");
            assertThat(j.get("participation").asText()).as(org).isEqualTo("ceased");
        }
    }

    @Test
    void unrwaFundingResumedIn2021AndWasCutAgainIn2024() {
        JsonNode y2022 = status("USA", "unrwa", "2022-06-01");
        assertThat(y2022.get("status").asText()).isEqualTo("participating");
        assertThat(y2022.get("funding").asText()).isEqualTo("restored");
        JsonNode y2024 = status("USA", "unrwa", "2024-06-01");
        assertThat(y2024.get("status").asText()).isEqualTo("ceased");
        assertThat(y2024.get("funding").asText()).isEqualTo("cut");
    }

    @Test
    void theUkUnescoNoticeIsTheLetterOfFiveDecember1984AnnouncedOnTwentySecondNovember() {
        var act = dataset.actions().stream().filter(a -> a.state().equals("GBR") && a.org().equals("unesco")
                && a.type() == org.comity.domain.ActionType.WITHDRAW).findFirst().orElseThrow();
        assertThat(act.announced().toString()).isEqualTo("1984-11-22");
        assertThat(act.notice().toString()).isEqualTo("1984-12-05");
        assertThat(act.effective().toString()).isEqualTo("1986-01-01");
    }

    @Test
    void theUsIsAMemberOfTheItuAndNotAPartyToTheRomeStatute() {
        assertThat(status("USA", "itu", "2026-06-01").get("status").asText()).isEqualTo("member");
        JsonNode icc = status("USA", "icc", "2026-06-01");
        assertThat(icc.get("status").asText()).isEqualTo("not-member");
        assertThat(icc.get("legal").asText()).isEqualTo("not-member");
    }

    @Test
    void eachActGivesItsOwnEffectiveDateNeverThatOfALaterAct() {
        assertThat(actionEffective("us-paris-notice-2019-11-04")).isEqualTo("2020-11-04");
        assertThat(actionEffective("us-paris-acceptance-2021-01-20")).isEqualTo("2021-02-19");
        assertThat(actionEffective("us-who-notice-2020-07-06")).as("retracted before it took effect").isEqualTo("null");
    }

    @Test
    void theTimelineAfterTheMemorandumHoldsTheExitsThatTookEffectThen() {
        Cli.Result r = store.cli().run("timeline", "--from", "2026-01-08", "--to", "2026-03-31", "--format", "json");
        List<String> events = new ArrayList<>();
        r.json().forEach(e -> events.add(e.get("state").asText() + " " + e.get("org").asText() + " " + e.get("event").asText()
                + " " + e.get("date").asText()));
        assertThat(events).contains("USA who effective 2026-01-22", "USA paris-agreement effective 2026-01-27",
                "ARG who effective 2026-03-17");
        r.json().forEach(e -> assertThat(e.get("source").asText()).startsWith("http"));
    }

    @Test
    void theDiffCitesTheActForTheWhoExitNotThe1948Statement() {
        Cli.Result r = store.cli().run("diff", "--state", "USA", "--from", "2026-01-01", "--to", "2026-02-01", "--format", "json");
        JsonNode who = null;
        for (JsonNode c : r.json()) if (c.get("org").asText().equals("who") && c.get("change").asText().equals("left")) who = c;
        assertThat(who).isNotNull();
        assertThat(who.get("date").asText()).isEqualTo("2026-01-22");
        assertThat(who.get("source").asText()).doesNotContain("trumanlibrary");
    }

    @Test
    void theFirstCountryToLeaveTheUnfcccIsNotConfirmedWhileTheUsHasOnlyAnnounced() {
        Cli.Result r = store.cli().run("claims", "--format", "json");
        for (JsonNode c : r.json()) {
            if (c.get("id").asText().equals("c10")) assertThat(c.get("verdict").asText()).isNotEqualTo("confirmed");
        }
        assertThat(status("USA", "unfccc", "2026-06-01").get("status").asText()).isEqualTo("announced");
    }

    @Test
    void theMissingWithdrawalClausesAreRecorded() {
        List<String> orgs = dataset.withdrawalRules().stream().map(w -> w.org()).toList();
        assertThat(orgs).contains("sprep", "recaap", "council-of-europe", "isa-seabed", "iucn", "idlo");
    }

    @Test
    void noSourceIsOfAKindANewsroomWouldNotCite() {
        List<String> refused = List.of("futern.com", "nina.az", "wikimili.com", "wiki2.org", "regulations.justia.com");
        for (Source s : dataset.sources()) {
            for (String host : refused) assertThat(s.url()).as(s.url()).doesNotContain(host);
        }
    }

    @Test
    void everyStatusSaysWhenTheRecordWasLastChecked() {
        assertThat(status("USA", "irena", "2026-06-01").get("record_checked").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(status("FRA", "who", "2026-06-01").get("record_checked").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void anExitTheBodyContestsWhileItStillListsTheStateIsTheBodysMemberFlaggedWithTheStatesActBeside() {
        JsonNode ven = status("VEN", "oas", "2024-06-01");
        assertThat(ven.get("status").asText()).isEqualTo("member");
        assertThat(ven.get("flags").toString()).contains("contested");
        assertThat(ven.get("other").get("status").asText()).isEqualTo("withdrawn");
        assertThat(ven.get("other").get("record").asText()).isEqualTo("curated");
        Cli.Result members = store.cli().run("members", "--org", "oas", "--on", "2024-06-01", "--format", "json");
        List<String> states = new ArrayList<>();
        members.json().forEach(m -> states.add(m.get("state").asText()));
        assertThat(states).contains("VEN").doesNotContain("NIC");
    }

    @Test
    void aMembersParticipationIsStatedOnlyWhenAnActSpeaksOfIt() {
        assertThat(status("FRA", "who", "2026-06-01").get("participation").isNull()).isTrue();
        assertThat(status("USA", "eclac", "2026-06-01").get("participation").asText()).isEqualTo("ceased");
    }

    @Test
    void aDateKnownToTheYearIsWrittenAsAYearNeverAsAnInventedDay() {
        JsonNode sgp = status("SGP", "unesco", "1970-01-01");
        assertThat(sgp.get("since").asText()).isEqualTo("1965");
        assertThat(sgp.get("parts").get("legal").get("since").asText()).isEqualTo("1965");
    }

    @Test
    void beforeATreatyEnteredIntoForceAStateIsNotYetAParty() {
        JsonNode chn = status("CHN", "paris-agreement", "2016-11-03");
        assertThat(chn.get("status").asText()).isEqualTo("not-member");
        assertThat(status("CHN", "paris-agreement", "2016-11-04").get("status").asText()).isEqualTo("member");
    }

    private String actionEffective(String instrument) {
        Cli.Result r = store.cli().run("timeline", "--format", "json");
        for (JsonNode e : r.json()) {
            if (e.get("instrument").asText().equals(instrument)) return e.get("effective").asText();
        }
        throw new AssertionError("no action of " + instrument);
    }

    private JsonNode status(String state, String org, String on) {
        Cli.Result r = store.cli().run("status", "--state", state, "--org", org, "--on", on, "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        return r.json();
    }
}
