package org.comity.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.domain.Dataset;
import org.comity.release.DataPackage;
import org.comity.support.Cli;
import org.comity.support.StoreWithCli;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset survives the store whole, on H2 and PostgreSQL: {@code import dataset data/record} then
 * {@code export DIR} writes every file of data/record back byte for byte (and no other), and the store
 * reads back every table of the dataset equal to the files'.
 */
class RoundTripTest {

    @RegisterExtension
    static final StoreWithCli first = new StoreWithCli();

    @RegisterExtension
    static final StoreWithCli second = new StoreWithCli();

    @TempDir
    Path tmp;

    @Test
    void importThenExportGivesBackEveryFileAndEveryTable() throws IOException {
        Path record = TestDb.recordDir();
        run(first.cli(), "import", "dataset", record.toString());
        Path out = tmp.resolve("export");
        run(first.cli(), "export", out.toString());

        List<String> files = files(record);
        assertThat(files).contains("organizations.csv", "claim-checks.csv", "actions/us-memo-2026-01-07.csv", "members/who.csv");
        assertThat(files(out)).as("the files an export writes are the record's, its Data Package descriptor and its manifest")
                .containsExactlyElementsOf(Stream.concat(files.stream(), Stream.of(DataPackage.FILE, org.comity.dataset.Manifest.FILE)).sorted().toList());
        for (String f : files) assertThat(Files.readString(out.resolve(f))).as(f).isEqualTo(Files.readString(record.resolve(f)));

        Dataset original = DatasetReader.read(DataFiles.directory(record)).dataset();
        assertEveryTableEqual(DatasetReader.read(DataFiles.directory(out)).dataset(), original);
        try (Database db = Database.open(first.db().config())) {
            assertEveryTableEqual(new DatasetStore(db).load(), original);
        }
    }

    @Test
    void exportThenImportIntoAnEmptyStoreGivesTheSameData() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        run(first.cli(), "orgs"); // seeds the store from the bundled dataset, unless a test imported one
        run(first.cli(), "export", a.toString());
        run(second.cli(), "import", "dataset", a.toString());
        run(second.cli(), "export", b.toString());
        try (Database dba = Database.open(first.db().config()); Database dbb = Database.open(second.db().config())) {
            assertEveryTableEqual(new DatasetStore(dbb).load(), new DatasetStore(dba).load());
        }
        assertThat(files(b)).containsExactlyElementsOf(files(a));
        for (String f : files(a)) assertThat(Files.readString(b.resolve(f))).as(f).isEqualTo(Files.readString(a.resolve(f)));
    }

    /** Table by table (each component of the dataset record), so a difference names its table; then the whole. */
    static void assertEveryTableEqual(Dataset actual, Dataset expected) {
        for (RecordComponent c : Dataset.class.getRecordComponents()) {
            try {
                assertThat(c.getAccessor().invoke(actual)).as(c.getName()).isEqualTo(c.getAccessor().invoke(expected));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static void run(Cli cli, String... args) {
        Cli.Result r = cli.run(args);
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
    }

    /** Every file under {@code dir} (a descriptor left by an export there aside: git ignores it), as sorted relative paths. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !(dir.equals(TestDb.recordDir()) && f.equals(DataPackage.FILE))).sorted().toList();
        }
    }
}
