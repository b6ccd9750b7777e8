package org.comity.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.comity.App;
import org.comity.funding.Contribution;
import org.comity.funding.FundingData;
import org.comity.funding.FundingStore;
import org.comity.support.ChildJvm;
import org.comity.support.Cli;
import org.comity.support.Shared;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at random points: a child JVM runs an import (or the first use of an empty store) and is killed
 * after a random delay within the command's own running time. The store must then open and hold the whole
 * old data or the whole new, and the same import run again must succeed. {@code -Dcomity.kill.trials=30}
 * runs the full measurement (docs/reliability.md); CI runs one trial of each (aimed at the write), the clean run beside it.
 */
class KillTest {

    private static final int TRIALS = Integer.getInteger("comity.kill.trials", 2);
    private static final long SEED = Long.getLong("comity.kill.seed", System.nanoTime());

    @TempDir
    Path tmp;

    /** One kind of write: how to put the store in its "old" state, the command, and what the store holds. */
    private interface Case {
        void prepare(TestDb db) throws Exception;

        String[] args(TestDb db) throws Exception;

        /** A summary of what the store holds, equal for equal contents. */
        String fingerprint(App app);

        /** Whether the store must be opened with seeding (first use) to be checked. */
        default boolean seedOnCheck() {
            return false;
        }
    }

    @Test
    void importCebIsWholeOldOrWholeNew() throws Exception {
        Path ceb = Shared.require("data/ceb/revenue_sub_agency.csv").getParent();
        trials("import ceb", new Case() {
            public void prepare(TestDb db) {
                App.open(db.config(), true).close();
            }

            public String[] args(TestDb db) {
                return new String[] {"import", "ceb", "--db=" + db.url(), ceb.toString()};
            }

            public String fingerprint(App app) {
                return funding(app);
            }
        });
    }

    @Test
    void importCowIsWholeOldOrWholeNew() throws Exception {
        Path cow = Shared.require("data/cow-igo-v3/igo_year_formatv3.csv").getParent();
        trials("import cow", new Case() {
            public void prepare(TestDb db) {
                App.open(db.config(), true).close();
            }

            public String[] args(TestDb db) {
                return new String[] {"import", "cow", "--db=" + db.url(), cow.toString()};
            }

            public String fingerprint(App app) {
                var cow = app.snapshots().get().cow();
                return "cow " + cow.igos().size() + " igos, " + cow.episodes().size() + " episodes, " + cow.hashCode();
            }
        });
    }

    @Test
    void importDatasetIsWholeOldOrWholeNew() throws Exception {
        Path changed = changedRecord();
        trials("import dataset", new Case() {
            public void prepare(TestDb db) {
                App.open(db.config(), true).close();
            }

            public String[] args(TestDb db) {
                return new String[] {"import", "dataset", "--db=" + db.url(), changed.toString()};
            }

            public String fingerprint(App app) {
                return dataset(app);
            }
        });
    }

    @Test
    void firstUseEndsSeededWhole() throws Exception {
        trials("first use", new Case() {
            public void prepare(TestDb db) {
            }

            public String[] args(TestDb db) {
                return new String[] {"orgs", "--db=" + db.url(), "--format=csv"};
            }

            public String fingerprint(App app) {
                return dataset(app) + " / " + funding(app);
            }

            public boolean seedOnCheck() {
                return true;
            }
        });
    }

    private void trials(String name, Case c) throws Exception {
        Random random = new Random(SEED ^ name.hashCode());
        // A clean run first: the "new" state, how long the command takes, and how long its writing takes
        // (from the line "checked every file" to its end): half the kills fall in that window.
        TestDb clean = TestDb.create();
        String old;
        String fresh;
        long millis;
        long writeFrom;
        try {
            c.prepare(clean);
            old = c.seedOnCheck() ? "" : fingerprint(clean, c);
            long t0 = System.nanoTime();
            Path cleanDir = tmp.resolve("clean-" + name.replace(' ', '-'));
            Process p = child().start(cleanDir, c.args(clean));
            writeFrom = awaitWriting(p, cleanDir.resolve("err.txt"), t0);
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            millis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(p.exitValue()).as(Files.readString(cleanDir.resolve("err.txt"))).isZero();
            fresh = fingerprint(clean, c);
            assertThat(fresh).as("the command changes the store").isNotEqualTo(old);
        } finally {
            clean.close();
        }
        List<String> outcomes = new ArrayList<>();
        for (int t = 0; t < TRIALS; t++) {
            boolean inWrite = writeFrom >= 0 && t % 2 == 0;
            long delay = inWrite ? (long) (random.nextDouble() * (millis - writeFrom) * 1.1) : (long) (random.nextDouble() * millis);
            TestDb db = TestDb.create();
            try {
                c.prepare(db);
                Path work = tmp.resolve(name.replace(' ', '-') + "-" + t);
                long t0 = System.nanoTime();
                Process p = child().start(work, c.args(db));
                if (inWrite) awaitWriting(p, work.resolve("err.txt"), t0);
                boolean ended = p.waitFor(delay, TimeUnit.MILLISECONDS);
                p.destroyForcibly(); // SIGKILL on Linux
                p.waitFor(30, TimeUnit.SECONDS);
                String after = fingerprint(db, c);
                String state = after.equals(fresh) ? "new" : after.equals(old) ? "old" : "TORN: " + after;
                // Whatever the kill left, the command run again completes and gives the new state.
                Cli.Result again = child().run(work.resolve("again"), c.args(db));
                String rerun = again.exit() == 0 && fingerprint(db, c).equals(fresh) ? "re-run ok"
                        : "RE-RUN FAILED (exit " + again.exit() + "): " + again.err().lines().reduce((a, b) -> b).orElse("");
                String outcome = name + " trial " + t + ": killed " + (inWrite ? delay + " ms into the write (of " + (millis - writeFrom) + ")"
                        : "at " + delay + " of " + millis + " ms")
                        + (ended ? " (had ended)" : "") + " -> " + state + ", " + rerun;
                System.out.println(outcome);
                outcomes.add(outcome);
            } catch (RuntimeException | AssertionError e) {
                outcomes.add(name + " trial " + t + ": STORE DOES NOT OPEN: " + e.getMessage());
                System.out.println(outcomes.get(outcomes.size() - 1));
            } finally {
                db.close();
            }
        }
        assertThat(outcomes).allMatch(o -> !o.contains("TORN") && !o.contains("FAILED") && !o.contains("DOES NOT OPEN"));
    }

    /** Waits until the command says it has checked everything and starts writing; ms since {@code t0}, or -1. */
    private static long awaitWriting(Process p, Path err, long t0) throws Exception {
        while (p.isAlive()) {
            if (Files.exists(err) && Files.readString(err).contains("checked every file")) return (System.nanoTime() - t0) / 1_000_000;
            Thread.sleep(5);
        }
        return -1;
    }

    private static String fingerprint(TestDb db, Case c) {
        try (App app = App.open(db.config(), c.seedOnCheck())) {
            return c.fingerprint(app);
        }
    }

    private static ChildJvm child() {
        return new ChildJvm(Map.of("COMITY_TODAY", "2026-12-01"));
    }

    static String dataset(App app) {
        var d = app.snapshots().get().dataset();
        return "dataset " + d.organizations().size() + " organizations, " + d.sources().size() + " sources, "
                + d.episodes().size() + " episodes, " + d.toString().hashCode();
    }

    static String funding(App app) {
        FundingData f = new FundingStore(app.database()).load();
        BigDecimal sum = f.contributions().stream().map(Contribution::usd).reduce(BigDecimal.ZERO, BigDecimal::add);
        return "funding " + f.revenue().size() + " revenue, " + f.governmentTotals().size() + " totals, "
                + f.contributions().size() + " contributions, " + sum.stripTrailingZeros().toPlainString();
    }

    /** The curated record with one fact changed, so that "new" differs from "old". */
    private Path changedRecord() throws IOException {
        Path to = tmp.resolve("record");
        Path from = TestDb.recordDir();
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
        Path orgs = to.resolve("organizations.csv");
        String text = Files.readString(orgs, StandardCharsets.UTF_8);
        Files.writeString(orgs, text.replaceFirst("\"Colombo, Sri Lanka\"", "\"Colombo (Sri Lanka)\""), StandardCharsets.UTF_8);
        return to;
    }
}
