package org.comity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.comity.support.Cli;
import org.comity.support.StoreWithCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Exit codes, one-line errors and the three output formats, as docs/contract.md promises them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliBehaviourTest {

    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    @Test
    void unknownOrganizationIsNotFoundWithExitOne() {
        Cli.Result r = store.cli().run("status", "--state", "USA", "--org", "Galactic Federation of Planets", "--format", "json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains("Galactic Federation of Planets").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void ambiguousAcronymIsBadInputListingTheCandidates() {
        Cli.Result r = store.cli().run("org", "ISA");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ambiguous").contains("isa-solar").contains("isa-seabed");
    }

    @Test
    void malformedDateIsBadInputNamingTheValue() {
        Cli.Result r = store.cli().run("status", "--state", "USA", "--org", "who", "--on", "01/06/2026");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'01/06/2026'");
    }

    @Test
    void unknownStateAndUnknownOptionValue() {
        assertThat(store.cli().run("status", "--state", "ATLANTIS", "--org", "who").exit()).isEqualTo(1);
        Cli.Result r = store.cli().run("orgs", "--format", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("xml");
        assertThat(store.cli().run("orgs", "--section", "martian").err()).contains("'martian'");
    }

    @Test
    void everyVerbSpeaksTableJsonAndCsv() {
        Cli.Result table = store.cli().run("orgs", "--instrument", "us-memo-2026-01-07");
        assertThat(table.exit()).isZero();
        assertThat(table.out().lines().count()).isEqualTo(66 + 2);
        assertThat(table.out()).contains("IRENA").contains("国际可再生能源署");

        Cli.Result csv = store.cli().run("orgs", "--instrument", "us-memo-2026-01-07", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("id,name_en,name_zh,acronym,section,category,kind,parent");
        assertThat(csv.out().lines().count()).isEqualTo(67);

        Cli.Result status = store.cli().run("status", "--state", "USA", "--org", "who", "--on", "2020-12-01", "--format", "csv");
        assertThat(status.out().lines().toList().get(1)).contains("withdrawing");
        assertThat(store.cli().run("status", "--state", "USA", "--org", "who", "--on", "2020-12-01").out()).contains("withdrawing");
        for (String verb : new String[] {"timeline", "members", "memberships"}) {
            String[] args = verb.equals("members") ? new String[] {verb, "--org", "unesco", "--format", "csv"}
                    : verb.equals("memberships") ? new String[] {verb, "--state", "USA", "--format", "csv"}
                    : new String[] {verb, "--format", "csv"};
            Cli.Result r = store.cli().run(args);
            assertThat(r.exit()).as(verb + ": " + r.err()).isZero();
            assertThat(r.out().lines().count()).as(verb).isGreaterThan(1);
        }
    }

    @Test
    void organizationCardShowsNamesClauseAndActions() {
        Cli.Result r = store.cli().run("org", "联合国教科文组织", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        var j = r.json();
        assertThat(j.get("id").asText()).isEqualTo("unesco");
        assertThat(j.get("withdrawal_rule").get("rule").asText()).isEqualTo("end-of-following-year");
        assertThat(j.get("actions").size()).isGreaterThanOrEqualTo(3);
    }
}
