package org.comity.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.stream.Stream;
import org.comity.App;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store is never half-made: a store an older version left so is set aside and made again. */
class FirstUseTest {

    @TempDir
    Path home;

    @Test
    void aHalfMadeSchemaIsSetAsideAndRebuiltFromTheBundledData() throws Exception {
        assumeFalse(TestDb.postgres(), "H2 only: PostgreSQL runs each migration in a transaction");
        DbConfig config = DbConfig.embedded(home);
        // What a first run killed inside V1 left: one table, no schema history.
        try (var c = DriverManager.getConnection(config.url(), "sa", "")) {
            c.createStatement().execute("CREATE TABLE \"sources\" (\"ord\" INTEGER)");
        }
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true));
        try (App app = App.open(config, true)) {
            assertThat(app.snapshots().get().organizations()).hasSizeGreaterThan(100);
        } finally {
            System.setErr(err);
        }
        assertThat(said.toString()).contains("half-made").contains("made it again from the bundled data");
        assertThat(said.toString().lines().filter(l -> l.contains("half-made")).count()).isEqualTo(1);
        try (Stream<Path> s = Files.list(home)) {
            assertThat(s.map(p -> p.getFileName().toString())).anyMatch(f -> f.startsWith("comity.broken-"))
                    .noneMatch(f -> f.contains(".new-") || f.contains(".migrating-"));
        }
    }

    @Test
    void aNewStoreAppearsOnlyWhole() throws Exception {
        assumeFalse(TestDb.postgres(), "H2 only");
        DbConfig config = DbConfig.embedded(home);
        try (App app = App.open(config, true)) {
            assertThat(app.snapshots().get().cow().igos()).isNotEmpty();
        }
        try (Stream<Path> s = Files.list(home)) {
            assertThat(s.map(p -> p.getFileName().toString())).contains("comity.mv.db")
                    .noneMatch(f -> f.contains(".new-") || f.contains(".broken-"));
        }
        try (Database db = Database.open(config)) {
            assertThat(db.upToDate()).isTrue();
        }
    }
}
