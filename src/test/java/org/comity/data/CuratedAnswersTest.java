package org.comity.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.comity.support.Cli;
import org.comity.support.StoreWithCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answers the curated dataset must give (issues 2 and 3), asked through the real command line of a
 * store that loaded the bundled dataset on first use — exactly what a user's first command does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CuratedAnswersTest {

    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    @ParameterizedTest(name = "USA in {0} on {1}: {2}")
    @CsvSource({
            "who, 2020-12-01, withdrawing, 2021-07-06",
            "who, 2021-06-01, member, ",
            "who, 2026-06-01, withdrawn, 2026-01-22",
            "paris-agreement, 2026-06-01, withdrawn, 2026-01-27",
            "paris-agreement, 2020-12-01, withdrawn, 2020-11-04",
            "paris-agreement, 2022-01-01, member, ",
            "unesco, 2026-06-01, withdrawing, 2027-01-01",
            "unesco, 2026-12-31, withdrawing, 2027-01-01",
            "unesco, 2027-01-01, withdrawn, 2027-01-01",
            "unesco, 2000-01-01, withdrawn, 1985-01-01",
            "unesco, 2010-06-01, member, ",
            "unesco, 2019-06-01, withdrawn, 2019-01-01",
            "unfccc, 2026-01-08, announced, ",
            "unfccc, 2026-01-06, member, ",
            "un-women, 2026-01-08, ceased, ",
            "un-women, 2025-12-31, participating, ",
    })
    void statusOfTheUnitedStates(String org, String on, String status, String effective) {
        Cli.Result r = store.cli().run("status", "--state", "USA", "--org", org, "--on", on, "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("state").asText()).isEqualTo("USA");
        assertThat(j.get("org").asText()).isEqualTo(org);
        assertThat(j.get("on").asText()).isEqualTo(on);
        assertThat(j.get("status").asText()).isEqualTo(status);
        if (effective != null) assertThat(j.get("effective").asText()).isEqualTo(effective);
        if (!status.equals("member") && !status.equals("not-member") && !status.equals("participating")) {
            assertThat(j.get("basis")).isNotEmpty();
            for (JsonNode b : j.get("basis")) assertThat(b.get("source").asText()).startsWith("http");
        }
    }

    @Test
    void theMemorandumListsSixtySixOrganizationsThirtyOneUnAndThirtyFiveOthersEachNamedInChineseAndSourced() {
        Cli.Result r = store.cli().run("orgs", "--instrument", "us-memo-2026-01-07", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        r.json().forEach(rows::add);
        assertThat(rows).hasSize(66);
        assertThat(rows).filteredOn(o -> o.get("section").asText().equals("un")).hasSize(31);
        assertThat(rows).filteredOn(o -> o.get("section").asText().equals("non-un")).hasSize(35);
        for (JsonNode o : rows) {
            assertThat(o.get("name_zh").asText()).as(o.get("id").asText()).matches(".*\\p{IsHan}.*");
            assertThat(o.get("sources")).as(o.get("id").asText()).isNotEmpty();
            assertThat(o.get("category").asText()).isNotBlank();
        }
        assertThat(store.cli().run("orgs", "--instrument", "us-memo-2026-01-07", "--section", "un", "--format", "json").json()).hasSize(31);
    }

    @Test
    void anyNameInAnyLanguageFindsTheOrganization() {
        for (String name : new String[] {"UNFCCC", "联合国气候变化框架公约", "unfccc", "United Nations Framework Convention on Climate Change"}) {
            Cli.Result r = store.cli().run("status", "--state", "usa", "--org", name, "--on", "2026-01-08", "--format", "json");
            assertThat(r.exit()).as(name + ": " + r.err()).isZero();
            assertThat(r.json().get("org").asText()).isEqualTo("unfccc");
        }
    }

    @Test
    void timelineOfTheUnitedStatesSince2017IsOrderedAndSourced() {
        Cli.Result r = store.cli().run("timeline", "--state", "USA", "--from", "2017-01-01", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        String previous = "";
        int n = 0;
        for (JsonNode e : r.json()) {
            String date = e.get("date").asText();
            assertThat(date.compareTo(previous)).as("oldest first").isGreaterThanOrEqualTo(0);
            assertThat(date).isGreaterThanOrEqualTo("2017-01-01");
            assertThat(e.get("state").asText()).isEqualTo("USA");
            assertThat(e.get("source").asText()).startsWith("http");
            previous = date;
            n++;
        }
        assertThat(n).isGreaterThanOrEqualTo(66 + 10);
    }

    @Test
    void membersOfAnOrganizationOnADay() {
        Cli.Result r = store.cli().run("members", "--org", "unesco", "--on", "2000-01-01", "--format", "json");
        assertThat(r.exit()).isZero();
        List<String> states = new ArrayList<>();
        r.json().forEach(m -> states.add(m.get("state").asText()));
        assertThat(states).doesNotContain("USA").contains("ISR");
        List<String> in2010 = new ArrayList<>();
        store.cli().run("members", "--org", "unesco", "--on", "2010-01-01", "--format", "json").json().forEach(m -> in2010.add(m.get("state").asText()));
        assertThat(in2010).contains("USA");
    }
}
