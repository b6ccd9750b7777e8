package org.comity.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.comity.support.Cli.Result;
import org.comity.support.StoreWithCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `comity watch` end to end: the JSON of docs/contract.md, the table's summary, and bad input (exit 2, one line). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchCliTest {

    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    @TempDir
    Path dir;

    @Test
    void directoryOfFixturesReportsEveryFindingAlreadyRecordedAndChangesNothing() {
        Result before = store.cli().run("timeline", "--state", "USA", "--format", "json");
        Result r = store.cli().run("watch", WatchTest.FIXTURES.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode docs = r.json();
        assertThat(docs.size()).isEqualTo(4);
        int findings = 0;
        for (JsonNode d : docs) {
            findings += d.get("findings").size();
            assertThat(d.get("new").asInt()).isZero();
            assertThat(d.get("draft").size()).as("nothing new, nothing to draft").isZero();
        }
        assertThat(findings).isEqualTo(71);
        assertThat(r.err()).contains("4 documents, 71 findings: 0 new, 71 already recorded");
        JsonNode paris = docs.get(2).get("findings").get(0);
        assertThat(paris.get("org").asText()).isEqualTo("paris-agreement");
        assertThat(paris.get("notice").asText()).isEqualTo("2025-01-27");
        assertThat(paris.get("effective").asText()).isEqualTo("2026-01-27");
        assertThat(paris.get("status").asText()).isEqualTo("already recorded in us-eo-14162");
        assertThat(store.cli().run("timeline", "--state", "USA", "--format", "json").out()).isEqualTo(before.out());
    }

    @Test
    void badInputIsOneLineNamingTheFile() throws Exception {
        Path notJson = Files.writeString(dir.resolve("broken.json"), "{ \"title\": ", StandardCharsets.UTF_8);
        Result r = store.cli().run("watch", notJson.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("comity: " + notJson + ": not a Federal Register API document").hasLineCount(1);

        Path prose = Files.writeString(dir.resolve("news.txt"), "The US left the WHO.", StandardCharsets.UTF_8);
        Result p = store.cli().run("watch", prose.toString());
        assertThat(p.exit()).isEqualTo(2);
        assertThat(p.err()).contains("neither a Federal Register API document (.json) nor a depositary notification");

        Result missing = store.cli().run("watch", dir.resolve("nothing-here").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or directory");
    }
}
