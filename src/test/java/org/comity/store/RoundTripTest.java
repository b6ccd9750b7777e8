package org.comity.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.domain.Dataset;
import org.comity.support.Cli;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `comity import dataset data/` then `comity export DIR` gives back data/ byte for byte, on H2 and PostgreSQL. */
class RoundTripTest {

    @TempDir
    Path tmp;

    @Test
    void importThenExportGivesBackIdenticalFiles() throws IOException {
        Path data = TestDb.recordDir();
        try (TestDb db = TestDb.create()) {
            Cli cli = new Cli(db);
            Cli.Result imported = cli.run("import", "dataset", data.toString());
            assertThat(imported.exit()).as(imported.err()).isZero();
            Path out = tmp.resolve("export");
            Cli.Result exported = cli.run("export", out.toString());
            assertThat(exported.exit()).as(exported.err()).isZero();

            // data/ also holds the importers' mapping files (cow-igos.csv ...), which are not part of the dataset
            List<String> files = csvFiles(out);
            assertThat(csvFiles(data)).containsAll(files);
            assertThat(files).contains("organizations.csv", "actions/us-memo-2026-01-07.csv", "sources.csv");
            for (String f : files) {
                assertThat(Files.readString(out.resolve(f))).as(f).isEqualTo(Files.readString(data.resolve(f)));
            }
            Dataset original = DatasetReader.read(DataFiles.directory(data)).dataset();
            assertThat(DatasetReader.read(DataFiles.directory(out)).dataset()).isEqualTo(original);
        }
    }

    @Test
    void exportThenImportIntoAnEmptyStoreGivesTheSameData() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        try (TestDb a = TestDb.create(); TestDb b = TestDb.create()) {
            new Cli(a).run("orgs"); // seeds from the bundled dataset
            assertThat(new Cli(a).run("export", first.toString()).exit()).isZero();
            assertThat(new Cli(b).run("import", "dataset", first.toString()).exit()).isZero();
            assertThat(new Cli(b).run("export", second.toString()).exit()).isZero();
            try (Database dba = Database.open(a.config()); Database dbb = Database.open(b.config())) {
                assertThat(new DatasetStore(dbb).load()).isEqualTo(new DatasetStore(dba).load());
            }
            for (String f : csvFiles(first)) {
                assertThat(Files.readString(second.resolve(f))).as(f).isEqualTo(Files.readString(first.resolve(f)));
            }
        }
    }

    private static List<String> csvFiles(Path dir) throws IOException {
        // Only the dataset's own files round-trip; data/ also holds inputs of other stores (funding/, ceb-*.csv).
        List<String> own = org.comity.dataset.Tables.fixed().stream().map(org.comity.dataset.Table::file).toList();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv")).map(p -> dir.relativize(p).toString())
                    .filter(f -> own.contains(f) || f.startsWith("actions/")).sorted().toList();
        }
    }
}
