package org.comity.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comity.support.Cli;
import org.comity.support.RecordCopy;
import org.comity.support.StoreWithCli;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `comity validate` on data/ as it is, and on copies broken one way at a time. */
class ValidatorTest {

    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    @TempDir
    Path tmp;

    private final Cli cli = store.cli();

    @Test
    void theCuratedDatasetIsValid() {
        Cli.Result r = cli.run("validate", TestDb.dataDir().toString());
        assertThat(r.err()).startsWith("valid:");
        assertThat(r.exit()).isZero();
        // The share of facts resting first on a primary source does not fall below the floor it was raised to,
        // and the facts that rest on reference works alone are counted beside it.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("primary source first: ([0-9.]+)% of ([0-9,]+) dated facts; "
                + "([0-9.]+)% of [0-9,]+ about US acts; ([0-9,]+) rest on a reference work or dataset alone").matcher(r.err());
        assertThat(m.find()).as(r.err()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(60.0);
        assertThat(Double.parseDouble(m.group(3))).isGreaterThanOrEqualTo(80.0);
        int facts = Integer.parseInt(m.group(2).replace(",", ""));
        int referenceOnly = Integer.parseInt(m.group(4).replace(",", ""));
        assertThat(referenceOnly).isBetween(1, facts);
    }

    @Test
    void unknownOrganizationInAnAction() throws IOException {
        Path dir = copy();
        Path memo = dir.resolve("actions/us-memo-2026-01-07.csv");
        replaceLine(memo, 25, l -> l.replaceFirst(",irena,", ",irena-typo,"));
        assertRejected(dir, "actions/us-memo-2026-01-07.csv:25", "'irena-typo'");
    }

    @Test
    void endBeforeStart() throws IOException {
        Path dir = copy();
        Path episodes = dir.resolve("members/who.csv");
        int line = lineContaining(episodes, "USA,member,");
        replaceLine(episodes, line, l -> l.replace("2026-01-22", "1901-01-01"));
        assertRejected(dir, "members/who.csv:" + line, "1901-01-01");
    }

    @Test
    void aSourceOfARefusedKindIsRefusedWithItsKind() throws IOException {
        Path dir = copy();
        Path sources = dir.resolve("sources.csv");
        java.nio.file.Files.writeString(sources, ",https://futern.com/colombo-plan-council,People search page,futern.com,,2026-11-26,secondary\n",
                java.nio.file.StandardOpenOption.APPEND);
        int line = java.nio.file.Files.readAllLines(sources).size();
        assertRejected(dir, "sources.csv:" + line, "people-search");
    }

    @Test
    void aPrimarySourceListedAfterAWeakerOneIsRefused() throws IOException {
        Path dir = copy();
        Path actions = dir.resolve("actions/us-eo-14162.csv");
        replaceLine(actions, 2, l -> {
            int q = l.lastIndexOf(",\"");
            String cell = l.substring(q + 2, l.length() - 1);
            java.util.List<String> urls = new java.util.ArrayList<>(java.util.List.of(cell.split("\\|")));
            java.util.Collections.reverse(urls);
            return l.substring(0, q + 2) + String.join("|", urls) + "\"";
        });
        assertRejected(dir, "actions/us-eo-14162.csv:2", "must come first");
    }

    @Test
    void missingSource() throws IOException {
        Path dir = copy();
        Path orgs = dir.resolve("organizations.csv");
        int line = lineContaining(orgs, "irena,");
        replaceLine(orgs, line, l -> l.substring(0, l.lastIndexOf(',') + 1));
        assertRejected(dir, "organizations.csv:" + line, "no source");
    }

    @Test
    void citedUrlNotRegistered() throws IOException {
        Path dir = copy();
        Path orgs = dir.resolve("organizations.csv");
        int line = lineContaining(orgs, "irena,");
        replaceLine(orgs, line, l -> l.substring(0, l.lastIndexOf(',') + 1) + "https://example.org/not-registered");
        assertRejected(dir, "organizations.csv:" + line, "https://example.org/not-registered");
    }

    @Test
    void duplicateId() throws IOException {
        Path dir = copy();
        Path orgs = dir.resolve("organizations.csv");
        List<String> lines = Files.readAllLines(orgs);
        int line = lineContaining(orgs, "irena,");
        lines.add(lines.get(line - 1));
        Files.write(orgs, lines);
        assertRejected(dir, "organizations.csv:" + (lines.size()), "duplicate id 'irena'");
    }

    @Test
    void dateInTheWrongFormat() throws IOException {
        Path dir = copy();
        Path memo = dir.resolve("actions/us-memo-2026-01-07.csv");
        replaceLine(memo, 2, l -> l.replace("2026-01-07", "07/01/2026"));
        assertRejected(dir, "actions/us-memo-2026-01-07.csv:2", "'07/01/2026'");
    }

    @Test
    void traditionalChineseInTheStandardName() throws IOException {
        Path dir = copy();
        Path orgs = dir.resolve("organizations.csv");
        int line = lineContaining(orgs, "irena,");
        replaceLine(orgs, line, l -> l.replace("国际可再生能源署", "國際可再生能源署"));
        assertRejected(dir, "organizations.csv:" + line, "simplified");
    }

    @Test
    void theMemorandumSplitIsGuarded() throws IOException {
        Path dir = copy();
        Path memo = dir.resolve("actions/us-memo-2026-01-07.csv");
        replaceLine(memo, 2, l -> l.replace(",non-un,", ",un,"));
        assertRejected(dir, "actions/us-memo-2026-01-07.csv", "32 and 34");
    }

    @Test
    void importOfABrokenCopyWritesNothing() throws IOException {
        Path dir = copy();
        Path memo = dir.resolve("actions/us-memo-2026-01-07.csv");
        replaceLine(memo, 25, l -> l.replaceFirst(",irena,", ",irena-typo,"));
        assertThat(cli.run("orgs", "--format", "json").exit()).isZero(); // seeds the store
        int before = cli.run("orgs", "--format", "json").json().size();
        Path orgs = dir.resolve("organizations.csv");
        List<String> lines = Files.readAllLines(orgs);
        Files.write(orgs, lines.subList(0, 10)); // would shrink the store if anything were written
        Cli.Result r = cli.run("import", "dataset", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nothing was written");
        assertThat(cli.run("orgs", "--format", "json").json().size()).isEqualTo(before);
    }

    private void assertRejected(Path dir, String location, String value) {
        Cli.Result r = cli.run("validate", dir.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().toList()).as(r.err()).anyMatch(l -> l.contains(location) && l.contains(value));
    }

    private Path copy() {
        return RecordCopy.of(tmp.resolve("record")).dir();
    }

    private static int lineContaining(Path file, String prefix) {
        return RecordCopy.lineStarting(file, prefix);
    }

    private static void replaceLine(Path file, int line, java.util.function.UnaryOperator<String> f) {
        RecordCopy.replaceLine(file, line, f);
    }
}
