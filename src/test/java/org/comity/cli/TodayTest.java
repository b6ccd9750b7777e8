package org.comity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.comity.support.ChildJvm;
import org.comity.support.Cli;
import org.comity.support.StoreWithCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** "Today" comes from one clock: COMITY_TODAY or --today set it for every default date. */
class TodayTest {

    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    @TempDir
    Path tmp;

    @Test
    void comityTodaySetsTheDayOfAStatusWithoutOn() throws Exception {
        ChildJvm jvm = new ChildJvm(Map.of("COMITY_TODAY", "2026-06-01", "COMITY_HOME", tmp.resolve("home").toString()));
        Cli.Result r = jvm.run(tmp.resolve("a"), "status", "--db=" + store.db().url(), "--state", "USA", "--org", "UNESCO",
                "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("on").asText()).isEqualTo("2026-06-01");
        assertThat(r.json().get("status").asText()).isEqualTo("withdrawing");

        Cli.Result later = jvm.run(tmp.resolve("b"), "status", "--db=" + store.db().url(), "--today", "2027-02-01",
                "--state", "USA", "--org", "UNESCO", "--format", "json");
        assertThat(later.json().get("on").asText()).as("--today wins over COMITY_TODAY").isEqualTo("2027-02-01");
        assertThat(later.json().get("status").asText()).isEqualTo("withdrawn");
    }

    @Test
    void aMalformedTodayIsBadInputNamingTheValue() throws Exception {
        ChildJvm jvm = new ChildJvm(Map.of("COMITY_TODAY", "2026-13-01", "COMITY_HOME", tmp.resolve("home").toString()));
        Cli.Result r = jvm.run(tmp.resolve("c"), "validate", "data");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("comity: COMITY_TODAY '2026-13-01' is not a date (YYYY-MM-DD)");
    }
}
