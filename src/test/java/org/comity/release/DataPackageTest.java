package org.comity.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.comity.dataset.CsvLines;
import org.comity.support.Cli;
import org.comity.support.StoreWithCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `comity export DIR` writes a Data Package that the published schema accepts and that describes its files exactly. */
class DataPackageTest {

    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    @TempDir
    static Path tmp;

    static Path out;
    static String json;
    static JsonNode descriptor;

    @BeforeAll
    static void export() throws IOException {
        out = tmp.resolve("export");
        Cli.Result r = store.cli().run("export", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        json = Files.readString(out.resolve("datapackage.json"));
        descriptor = DataPackage.JSON.readTree(json);
    }

    @Test
    void validatesAgainstThePublishedDataPackageSchema() {
        assertThat(JsonSchemas.problems("datapackage-2.0.json", json)).isEmpty();
        assertThat(descriptor.path("$schema").asText()).isEqualTo("https://datapackage.org/profiles/2.0/datapackage.json");
        assertThat(descriptor.path("created").asText()).isEqualTo("2026-12-01T00:00:00Z"); // the one clock (COMITY_TODAY)
        List<String> licenses = new ArrayList<>();
        descriptor.path("licenses").forEach(l -> licenses.add(l.path("name").asText(l.path("path").asText())));
        assertThat(licenses).containsExactly("CC-BY-4.0", About.COW_URL, About.CEB_URL);
    }

    @Test
    void theSchemaRejectsABrokenDescriptor() {
        // the check can fail: a resource without a path or data, a field of an unknown type
        String noPath = json.replaceFirst("\"path\" : \"sources.csv\",", "");
        String badType = json.replaceFirst("\"type\" : \"integer\"", "\"type\" : \"int\"");
        assertThat(noPath).isNotEqualTo(json);
        assertThat(badType).isNotEqualTo(json);
        assertThat(JsonSchemas.problems("datapackage-2.0.json", noPath)).isNotEmpty();
        assertThat(JsonSchemas.problems("datapackage-2.0.json", badType)).isNotEmpty();
    }

    @Test
    void oneResourcePerCsvFileAndEveryFieldListIsItsHeader() throws IOException {
        List<String> csv;
        try (Stream<Path> s = Files.walk(out)) {
            csv = s.filter(p -> p.toString().endsWith(".csv")).map(p -> out.relativize(p).toString()).sorted().toList();
        }
        List<String> paths = new ArrayList<>();
        for (JsonNode r : descriptor.path("resources")) {
            String path = r.path("path").asText();
            paths.add(path);
            List<String> fields = new ArrayList<>();
            r.path("schema").path("fields").forEach(f -> fields.add(f.path("name").asText()));
            try (var reader = Files.newBufferedReader(out.resolve(path))) {
                assertThat(fields).as(path).isEqualTo(CsvLines.header(reader));
            }
            assertThat(r.path("bytes").asLong()).as(path).isEqualTo(Files.size(out.resolve(path)));
            assertThat(r.path("hash").asText()).as(path).isEqualTo("sha256:" + DataPackage.sha256(out.resolve(path)));
        }
        assertThat(paths.stream().sorted().toList()).isEqualTo(csv);
        assertThat(paths).contains("organizations.csv", "actions/us-memo-2026-01-07.csv", "members/who.csv", "member-lists.csv");
    }

    @Test
    void everyTableHasKeysAndTheyHoldOnTheBundledData() {
        for (JsonNode r : descriptor.path("resources")) {
            assertThat(r.path("title").asText()).as(r.path("name").asText() + ": declare it in release.Keys").isNotEmpty();
            assertThat(r.path("schema").path("primaryKey").size()).as(r.path("name").asText()).isPositive();
        }
        assertThat(PackageCheck.check(PackageData.read(out))).isEmpty();
    }

    @Test
    void typesFollowTheDeclarationInTables() {
        JsonNode orgs = resource("organizations").path("schema");
        assertThat(field(orgs, "id").path("constraints").path("required").asBoolean()).isTrue();
        assertThat(field(orgs, "founded").path("type").asText()).isEqualTo("integer");
        assertThat(field(orgs, "kind").path("constraints").path("enum").toString()).contains("\"specialized-agency\"");
        assertThat(orgs.path("foreignKeys").toString()).contains("\"parent\"");
        JsonNode rules = resource("withdrawal-rules").path("schema");
        assertThat(field(rules, "notice_period").path("type").asText()).isEqualTo("duration");
        JsonNode sources = resource("sources").path("schema");
        assertThat(field(sources, "seen").path("type").asText()).isEqualTo("date");
        assertThat(field(sources, "published").path("constraints").path("pattern").asText()).isEqualTo(Fields.PARTIAL_DATE);
        JsonNode actions = resource("actions-us-memo-2026-01-07");
        assertThat(actions.path("comity:group").path("field").asText()).isEqualTo("instrument");
        assertThat(field(actions.path("schema"), "sources").path("constraints").path("required").asBoolean()).isTrue();
    }

    @Test
    void theCheckFindsADuplicateKeyAndADanglingReference() throws IOException {
        Path copy = tmp.resolve("broken");
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.toList()) {
                Path dest = copy.resolve(out.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
        List<String> aliases = new ArrayList<>(Files.readAllLines(copy.resolve("aliases.csv")));
        aliases.add(aliases.get(1));
        aliases.add(aliases.get(2).replaceFirst("^[^,]+,", "no-such-org,"));
        Files.write(copy.resolve("aliases.csv"), aliases);
        List<String> problems = PackageCheck.check(PackageData.read(copy)).stream().map(Object::toString).toList();
        assertThat(problems).anyMatch(p -> p.startsWith("aliases.csv:" + (aliases.size() - 1) + ": ") && p.contains("duplicate org,lang,alias"));
        assertThat(problems).anyMatch(p -> p.contains("'no-such-org' is not a organizations id"));
    }

    @Test
    void theVersionOfAnExportIsItsContentsFingerprint() throws IOException {
        Path again = tmp.resolve("again");
        assertThat(store.cli().run("export", again.toString()).exit()).isZero();
        String version = descriptor.path("version").asText();
        assertThat(version).matches("0\\.0\\.0\\+[0-9a-f]{12}");
        assertThat(DataPackage.JSON.readTree(again.resolve("datapackage.json").toFile()).path("version").asText()).isEqualTo(version);
    }

    @Test
    void thePatternOfAPartialDateIsWhatItsParserAccepts() {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(Fields.PARTIAL_DATE);
        for (String ok : List.of("2026-01-07", "2026-01", "2026", "by 2026-12-01")) {
            assertThat(p.matcher(ok).find()).as(ok).isTrue();
            assertThat(org.comity.domain.PartialDate.parse(ok).toString()).isEqualTo(ok);
        }
        for (String bad : List.of("26-01-07", "2026/01/07", "by 2026", "about 2026")) {
            assertThat(p.matcher(bad).find()).as(bad).isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.comity.domain.PartialDate.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static JsonNode resource(String name) {
        for (JsonNode r : descriptor.path("resources")) if (r.path("name").asText().equals(name)) return r;
        throw new AssertionError("no resource " + name);
    }

    private static JsonNode field(JsonNode schema, String name) {
        for (JsonNode f : schema.path("fields")) if (f.path("name").asText().equals(name)) return f;
        throw new AssertionError("no field " + name);
    }
}
