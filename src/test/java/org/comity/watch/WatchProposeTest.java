package org.comity.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comity.curation.Proposals;
import org.comity.support.Cli.Result;
import org.comity.support.RecordCopy;
import org.comity.support.StoreWithCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * `comity watch`: a document the record does not hold yet (EO 14155, on a store whose record lacks it)
 * becomes one proposal in the review queue, filed as the editor whose token is given (or as the watcher) — and nothing is published.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchProposeTest {

    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    @TempDir
    Path dir;

    private static String token(String name, String role) {
        Result r = store.cli().run("user", "add", name, "--role", role, "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        return r.json().get("token").asText();
    }

    @Test
    void newFindingsWaitForReviewAndTheRecordIsUnchanged() throws Exception {
        RecordCopy copy = WatchTest.withoutEo14155(dir.resolve("record"));
        Result imported = store.cli().run("import", "dataset", copy.dir().toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        Path eo = WatchTest.FIXTURES.resolve("2025-01957.json");

        // A dry run, or an admin's token: nothing filed.
        Result dry = store.cli().run("watch", eo.toString(), "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.err()).contains("1 new").doesNotContain("filed");
        Result admin = store.cli().run("watch", eo.toString(), "--token", token("keeper", "admin"));
        assertThat(admin.exit()).isEqualTo(2);
        assertThat(admin.err().lines().filter(l -> l.startsWith("comity: ")).toList()).singleElement().asString().contains("is an admin");
        Proposals proposals = new Proposals(store.app());
        assertThat(proposals.list(Proposals.Status.queued)).isEmpty();

        // With an editor's token the proposal is the editor's; without one it is the watcher's own.
        Result r = store.cli().run("watch", eo.toString(), "--token", token("watcher", "editor"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("1 new").containsPattern("proposal \\d+ filed for review");
        assertThat(proposals.list(Proposals.Status.queued)).singleElement().satisfies(p -> {
            assertThat(p.editor()).isEqualTo("watcher");
            assertThat(p.draft().rows()).containsKeys("instruments.csv", "actions/us-eo-14155.csv");
            assertThat(p.draft().rows().get("actions/us-eo-14155.csv")).anySatisfy(a -> assertThat(a).containsEntry("org", "who"));
        });
        Result plain = store.cli().run("watch", eo.toString());
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(proposals.list(Proposals.Status.queued)).extracting(Proposals.Proposal::editor).containsExactlyInAnyOrder("watcher", "watch");
        // Filed, not published: the record still lacks the act, and watch still finds it new.
        assertThat(store.cli().run("org", "who", "--format", "json").out()).doesNotContain("us-eo-14155");
        assertThat(store.cli().run("watch", eo.toString(), "--dry-run").err()).contains("1 new");
    }
}
