package org.comity.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.comity.support.Cli;
import org.comity.support.RecordCopy;
import org.comity.support.StoreWithCli;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `comity release DIR` on successive versions of the dataset: the bundle, its version, and exactly what changed. */
class ReleaseTest {

    /** Where organizations.csv keeps its sources (by name: the columns can move). */
    private static final int SOURCES = org.comity.dataset.Tables.ORGANIZATIONS.columns().indexOf("sources");


    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    @TempDir
    Path tmp;

    @Test
    void changesListExactlyTheDifferenceBetweenTwoVersions() throws IOException {
        Path releases = tmp.resolve("releases");
        importRecord(TestDb.recordDir());
        assertThat(release(releases).json().path("version").asText()).isEqualTo("1.0.0");

        RecordCopy v2 = RecordCopy.of(tmp.resolve("v2"));
        String source = v2.rows("aliases.csv").get(0).get(4);
        List<String> gone = v2.remove("aliases.csv", 0);
        v2.add("aliases.csv", "irena", "en", "Renewables Agency", "variant", source);
        v2.set("organizations.csv", "id", "irena", "name_en", "International Renewable Energy Agency (IRENA)");
        importRecord(v2.dir());
        assertThat(release(releases).json().path("version").asText()).isEqualTo("1.1.0"); // facts added and removed: minor

        JsonNode changes = DataPackage.JSON.readTree(releases.resolve("1.1.0/CHANGES.json").toFile());
        assertThat(changes.path("previous").asText()).isEqualTo("1.0.0");
        assertThat(changes.path("summary").toString()).isEqualTo("{\"added\":1,\"changed\":1,\"removed\":1}");
        assertThat(ids(changes.path("added"))).containsExactly("aliases/irena/en/Renewables Agency");
        assertThat(ids(changes.path("removed"))).containsExactly("aliases/" + gone.get(0) + "/" + gone.get(1) + "/" + gone.get(2));
        assertThat(ids(changes.path("changed"))).containsExactly("organizations/irena");
        assertThat(changes.path("changed").path(0).path("fields").toString()).isEqualTo("{\"name_en\":{\"before\":"
                + "\"International Renewable Energy Agency\",\"after\":\"International Renewable Energy Agency (IRENA)\"}}");
        assertThat(changes.path("removed").path(0).path("row").path("sources").asText()).isEqualTo(gone.get(4));

        Cli.Result again = store.cli().run("release", releases.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains("nothing changed since release 1.1.0");
        assertThat(Releases.in(releases)).extracting(Releases.Published::version).containsExactly("1.1.0", "1.0.0");

        v2.set("organizations.csv", "id", "irena", "founded", "2010");
        importRecord(v2.dir());
        assertThat(release(releases).json().path("version").asText()).isEqualTo("1.1.1"); // a correction only: patch
        JsonNode patch = DataPackage.JSON.readTree(releases.resolve("1.1.1/CHANGES.json").toFile());
        assertThat(ids(patch.path("changed"))).containsExactly("organizations/irena");
        assertThat(patch.path("added").size() + patch.path("removed").size()).isZero();
    }

    @Test
    void theBundleHoldsTheSameTablesAsZipAndSqlite() throws Exception {
        Path releases = tmp.resolve("releases");
        importRecord(TestDb.recordDir());
        release(releases);
        Path dir = releases.resolve("1.0.0");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("CHANGES.json", "comity-1.0.0.sqlite", "comity-1.0.0.zip", "datapackage.json", "release.json");
        PackageData pkg;
        try (ZipFile zip = new ZipFile(dir.resolve("comity-1.0.0.zip").toFile())) {
            String descriptor = new String(zip.getInputStream(zip.getEntry("datapackage.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(JsonSchemas.problems("datapackage-2.0.json", descriptor)).isEmpty();
            assertThat(DataPackage.JSON.readTree(descriptor).path("version").asText()).isEqualTo("1.0.0");
            List<String> entries = new ArrayList<>();
            zip.stream().forEach(e -> entries.add(e.getName()));
            pkg = PackageData.read(dir.resolve("comity-1.0.0.zip"));
            List<String> expected = new ArrayList<>(List.of("datapackage.json"));
            pkg.resources.values().forEach(r -> expected.add(r.path()));
            assertThat(entries).isEqualTo(expected);
            for (PackageData.Resource r : pkg.resources.values()) {
                byte[] bytes = zip.getInputStream(zip.getEntry(r.path())).readAllBytes();
                assertThat("sha256:" + DataPackage.sha256(bytes)).as(r.path()).isEqualTo(r.descriptor().path("hash").asText());
            }
        }
        Map<String, Integer> rowsPerTable = new HashMap<>();
        pkg.resources.values().forEach(r -> rowsPerTable.merge(SqliteFile.sqlName(r.group()), r.lines().size(), Integer::sum));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("comity-1.0.0.sqlite"))) {
            for (var e : rowsPerTable.entrySet()) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + e.getKey() + "\"")) {
                    assertThat(rs.getInt(1)).as(e.getKey()).isEqualTo(e.getValue());
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT m.state, o.name_en FROM members m JOIN organizations o ON o.id = m.org WHERE m.org = 'who' AND m.state = 'USA'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isEqualTo("World Health Organization");
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT value FROM about WHERE key = 'version'")) {
                assertThat(rs.getString(1)).isEqualTo("1.0.0");
            }
        }
        Releases.Published p = Releases.latest(releases);
        assertThat(p.file("comity-1.0.0.zip").sha256()).isEqualTo(DataPackage.sha256(dir.resolve("comity-1.0.0.zip")));
        assertThat(p.temporalStart()).isNotNull();
    }

    @Test
    void aPublishedIdNeverDisappearsWithoutAReplacement() throws IOException {
        Path releases = tmp.resolve("releases");
        importRecord(TestDb.recordDir());
        release(releases);

        RecordCopy renamed = RecordCopy.of(tmp.resolve("renamed")).renameId("irena", "irena-agency");
        importRecord(renamed.dir());
        Cli.Result refused = store.cli().run("release", releases.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("replaced-ids.csv", "organization id 'irena' of release 1.0.0 is gone");
        assertThat(Releases.in(releases)).hasSize(1);

        String source = renamed.rows("organizations.csv").stream().filter(r -> r.get(0).equals("irena-agency")).findFirst().orElseThrow()
                .get(SOURCES).split("\\|")[0];
        renamed.add("replaced-ids.csv", "irena", "organization", "irena-agency", "2026-11-30", "renamed", source);
        importRecord(renamed.dir());
        JsonNode published = release(releases).json();
        assertThat(published.path("version").asText()).isEqualTo("1.1.0");
        JsonNode changes = DataPackage.JSON.readTree(releases.resolve("1.1.0/CHANGES.json").toFile());
        assertThat(ids(changes.path("added"))).contains("organizations/irena-agency", "replaced-ids/organization/irena");
        assertThat(ids(changes.path("removed"))).contains("organizations/irena");
        assertThat(changes.path("tables").path("added").toString()).contains("members/irena-agency");
    }

    @Test
    void validateRefusesAReplacedIdStillInUseOrLeadingNowhere() {
        RecordCopy copy = RecordCopy.of(tmp.resolve("bad"));
        String source = copy.rows("organizations.csv").get(0).get(SOURCES).split("\\|")[0];
        copy.add("replaced-ids.csv", "who", "organization", "irena", "2026-11-30", "merged", source);
        copy.add("replaced-ids.csv", "old-act", "instrument", "no-such-act", "2026-11-30", "renamed", source);
        Cli.Result r = store.cli().run("validate", copy.dir().toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.json().path("problems").toString()).contains("replaced-ids.csv:2: column old_id: 'who' is still an organization id",
                "replaced-ids.csv:3: column new_id: 'no-such-act' is not an instrument id");
    }

    private static void importRecord(Path dir) {
        Cli.Result r = store.cli().run("import", "dataset", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private static Cli.Result release(Path releases) {
        Cli.Result r = store.cli().run("release", releases.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        return r;
    }

    private static List<String> ids(JsonNode facts) {
        List<String> out = new ArrayList<>();
        facts.forEach(f -> out.add(f.path("id").asText()));
        return out;
    }
}
