package org.comity.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.comity.support.Cli;
import org.comity.support.Shared;
import org.comity.support.StoreWithCli;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken copies of the real files: every one is refused with exit 2 and one line naming the file (and the
 * line, where there is one), in bounded time, with no stack trace and nothing written. The corpus is made
 * from data/ (the whole data directory: record, mappings, extracts, read by {@code validate} and
 * {@code import dataset}) and from real-shaped heads of the CEB and COW files (read by their imports).
 */
class FuzzTest {

    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    @TempDir
    static Path tmp;

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    /** A way to break a file; null when it does not apply to this file. */
    private record Mutation(String name, Function<byte[], byte[]> apply) {}

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("empty", b -> new byte[0]),
            new Mutation("header-only", b -> lines(b).get(0).concat("\n").getBytes(StandardCharsets.UTF_8)),
            new Mutation("cut-inside-a-line", b -> cutInsideFirstCell(b)),
            new Mutation("invalid-utf8", b -> insertAtLine(b, 2, new byte[] {(byte) 0xC3, 0x28})),
            new Mutation("latin1-byte", b -> insertAtLine(b, 3, new byte[] {(byte) 0xE9})),
            new Mutation("utf16", b -> new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE)),
            new Mutation("nul", b -> insertAtLine(b, 2, new byte[] {0})),
            new Mutation("control-char", b -> insertAtLine(b, 2, new byte[] {1})),
            new Mutation("unclosed-quote", b -> replaceLine(b, 2, l -> "\"" + l)),
            new Mutation("header-renamed", b -> replaceLine(b, 0, l -> "renamed" + l)),
            new Mutation("header-column-dropped", b -> replaceLine(b, 0, l -> l.contains(",") ? l.substring(0, l.lastIndexOf(',')) : null)),
            new Mutation("extra-cell", b -> replaceLine(b, 1, l -> l + ",extra")),
            new Mutation("overlong-value", b -> setCell(b, 1, 0, "x".repeat(20_000))),
            new Mutation("bad-date", b -> setDate(b, "2021-02-30")),
            new Mutation("year-out-of-range", b -> setDate(b, "999999999")));

    /** What a case reads and how: the files it breaks, the command, and the table whose version must not move. */
    private record Target(String label, Path base, List<String> files, Function<Path, String[]> command) {}

    @TestFactory
    Stream<DynamicTest> everyBrokenFileIsRefusedWithItsFileAndLine() throws IOException {
        assertThat(store.cli().run("orgs", "--format", "csv").exit()).isZero(); // the store holds the bundled data first
        Path data = tmp.resolve("data");
        copy(org.comity.support.TestDb.dataDir(), data);
        List<String> record = new ArrayList<>(List.of("record/sources.csv", "record/organizations.csv", "record/aliases.csv",
                "record/states.csv", "record/instruments.csv", "record/member-lists.csv", "record/withdrawal-rules.csv",
                "record/claims.csv", "record/actions/us-memo-2026-01-07.csv", "record/members/wto.csv",
                "record/claim-checks.csv", "mappings/cow-igos.csv", "mappings/ceb-mapping.csv", "mappings/ceb-donors.csv",
                "extracts/funding/revenue.csv", "extracts/funding/donors.csv"));
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("validate", data, record, dir -> new String[] {"validate", dir.toString()}));
        targets.add(new Target("import dataset", data, List.of("record/organizations.csv", "record/sources.csv",
                "record/members/wto.csv"), dir -> new String[] {"import", "dataset", dir.toString()}));
        Path ceb = Shared.dir().resolve("data/ceb");
        if (Files.isDirectory(ceb)) {
            Path small = tmp.resolve("ceb");
            Files.createDirectories(small);
            for (String f : List.of("revenue_sub_agency.csv", "government-donor-revenue.csv", "revenue_government_donors_2013-2024_derived.csv")) {
                head(ceb.resolve(f), small.resolve(f), 300);
            }
            targets.add(new Target("import ceb", small, List.of("revenue_sub_agency.csv", "government-donor-revenue.csv",
                    "revenue_government_donors_2013-2024_derived.csv"), dir -> new String[] {"import", "ceb", dir.toString()}));
        }
        Path cow = Shared.dir().resolve("data/cow-igo-v3");
        if (Files.isDirectory(cow)) {
            Path small = tmp.resolve("cow");
            Files.createDirectories(small);
            Files.copy(cow.resolve("states2016.csv"), small.resolve("states2016.csv"));
            head(cow.resolve("igo_year_formatv3.csv"), small.resolve("igo_year_formatv3.csv"), 41); // AAAID's rows, 1975-2014
            targets.add(new Target("import cow", small, List.of("states2016.csv", "igo_year_formatv3.csv"),
                    dir -> new String[] {"import", "cow", dir.toString()}));
        }
        List<DynamicTest> tests = new ArrayList<>();
        int[] n = {0};
        for (Target t : targets) {
            for (String file : t.files()) {
                byte[] original = Files.readAllBytes(t.base().resolve(file));
                for (Mutation m : MUTATIONS) {
                    byte[] broken = m.apply().apply(original);
                    if (broken == null) continue;
                    String name = t.label() + " " + file + " " + m.name();
                    Path dir = tmp.resolve("case-" + n[0]++);
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        copy(t.base(), dir);
                        Files.write(dir.resolve(file), broken);
                        refused(name, t, dir, file);
                    }));
                }
                for (String shape : List.of("missing", "directory", "fifo")) {
                    Path dir = tmp.resolve("case-" + n[0]++);
                    tests.add(DynamicTest.dynamicTest(t.label() + " " + file + " " + shape, () -> {
                        copy(t.base(), dir);
                        Path f = dir.resolve(file);
                        Files.delete(f);
                        if (shape.equals("directory")) Files.createDirectories(f);
                        if (shape.equals("fifo")) new ProcessBuilder("mkfifo", f.toString()).start().waitFor();
                        refused(t.label() + " " + file + " " + shape, t, dir, file);
                    }));
                }
            }
        }
        // An exported directory carries manifest.txt: a copy cut at a line end (valid CSV, fewer rows) is refused.
        Path exported = tmp.resolve("exported");
        assertThat(store.cli().run("export", exported.toString()).exit()).isZero();
        Target fromExport = new Target("import exported", exported, List.of(), d -> new String[] {"import", "dataset", d.toString()});
        for (String file : List.of("organizations.csv", "aliases.csv", "sources.csv", "member-lists.csv", "states.csv",
                "actions/us-memo-2026-01-07.csv", "members/wto.csv", "claims.csv", "withdrawal-rules.csv", "instruments.csv")) {
            Path dir = tmp.resolve("case-" + n[0]++);
            tests.add(DynamicTest.dynamicTest("import exported " + file + " cut at a line end", () -> {
                copy(exported, dir);
                List<String> lines = lines(Files.readAllBytes(dir.resolve(file)));
                Files.write(dir.resolve(file), join(lines.subList(0, Math.max(2, lines.size() - 3))));
                refused("import exported " + file + " cut at a line end", fromExport, dir, file);
            }));
        }
        tests.add(DynamicTest.dynamicTest("validate record/members/wto.csv 3000 copies of one row", () -> {
            Path dir = tmp.resolve("case-" + n[0]++);
            copy(data, dir);
            Path f = dir.resolve("record/members/wto.csv");
            List<String> lines = lines(Files.readAllBytes(f));
            StringBuilder b = new StringBuilder(lines.get(0)).append('\n');
            for (int i = 0; i < 3000; i++) b.append(lines.get(1)).append('\n');
            Files.writeString(f, b.toString());
            Cli.Result r = refused("3000 copies", targets.get(0), dir, "record/members/wto.csv");
            assertThat(r.err().lines().count()).as("problems are capped").isLessThanOrEqualTo(org.comity.cli.ComityCommand.PROBLEMS_SHOWN + 2);
        }));
        assertThat(tests.size()).as("cases in the corpus").isGreaterThanOrEqualTo(300);
        return tests.stream();
    }

    /** Exit 2, a one-line error that names the file (and its line when the problem has one), nothing written, quickly. */
    private static Cli.Result refused(String name0, Target t, Path dir, String file) {
        boolean writes = !t.label().equals("validate");
        long before = writes ? version() : 0;
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> store.cli().run(t.command().apply(dir)));
        String name = file.substring(file.lastIndexOf('/') + 1);
        assertThat(r.exit()).as(name0 + ": " + r.err()).isEqualTo(2);
        assertThat(r.err()).as(name0 + ": no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.err().lines().filter(l -> l.startsWith("comity: ") && l.contains(name)).findFirst())
                .as(name0 + ": a line names " + name + ": " + r.err()).isPresent();
        if (writes) assertThat(version()).as("nothing written").isEqualTo(before);
        return r;
    }

    private static long version() {
        try (var db = org.comity.store.Database.open(store.db().config())) {
            return new org.comity.store.DatasetStore(db).version() * 1_000_000
                    + new org.comity.funding.FundingStore(db).version();
        }
    }

    private static List<String> lines(byte[] b) {
        return List.of(new String(b, StandardCharsets.UTF_8).split("\n", -1));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replaceLine(byte[] b, int index, Function<String, String> edit) {
        List<String> lines = new ArrayList<>(lines(b));
        if (lines.size() <= index) return null;
        String changed = edit.apply(lines.get(index));
        if (changed == null) return null;
        lines.set(index, changed);
        return join(lines);
    }

    private static byte[] insertAtLine(byte[] b, int index, byte[] bytes) {
        List<String> lines = lines(b);
        if (lines.size() <= index || lines.get(index).isEmpty()) return null;
        int at = 0;
        for (int i = 0; i < index; i++) at += lines.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
        at += 1; // inside the first cell (after its first char)
        byte[] out = new byte[b.length + bytes.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(b, at, out, at + bytes.length, b.length - at);
        return out;
    }

    private static byte[] cutInsideFirstCell(byte[] b) {
        List<String> lines = lines(b);
        int index = Math.max(1, lines.size() / 2);
        if (lines.size() < 3 || lines.get(index).length() < 4) return null;
        List<String> kept = new ArrayList<>(lines.subList(0, index));
        kept.add(lines.get(index).substring(0, 2));
        return join(kept);
    }

    /** Sets cell {@code col} of data row {@code row} (1 = first after the header), rewriting the file as CSV. */
    private static byte[] setCell(byte[] b, int row, int col, String value) {
        try (MappingIterator<List<String>> it = CSV.readerFor(List.class).with(CsvSchema.emptySchema())
                .readValues(new String(b, StandardCharsets.UTF_8))) {
            List<List<String>> rows = new ArrayList<>(it.readAll());
            if (rows.size() <= row) return null;
            List<String> r = new ArrayList<>(rows.get(row));
            r.set(col, value);
            rows.set(row, r);
            return CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValueAsBytes(rows);
        } catch (IOException e) {
            return null;
        }
    }

    /** Puts {@code value} in the first date-like column of the first data row, when the file has one. */
    private static byte[] setDate(byte[] b, String value) {
        List<String> header = List.of(lines(b).get(0).split(","));
        for (String c : List.of("seen", "date", "start", "checked", "calendar_year", "year", "founded")) {
            int i = header.indexOf(c);
            if (i >= 0) return setCell(b, 1, i, value);
        }
        return null;
    }

    private static void head(Path from, Path to, int lines) throws IOException {
        try (Stream<String> s = Files.lines(from, StandardCharsets.UTF_8)) {
            Files.write(to, (Iterable<String>) s.limit(lines)::iterator, StandardCharsets.UTF_8);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }
}
