package org.comity.cow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comity.support.Cli;
import org.comity.support.Shared;
import org.comity.support.StoreWithCli;
import org.comity.support.TestDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The COW IGO v3 import against the raw published tables (../shared/data/cow-igo-v3). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CowImportTest {

    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    private Path cowDir;
    private Cli cli;

    @BeforeAll
    void importCow() {
        cowDir = Shared.require("data/cow-igo-v3/igo_year_formatv3.csv").getParent();
        cli = store.cli();
        Cli.Result r = cli.run("import", "cow", cowDir.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("organizations").asInt()).isEqualTo(534);
    }

    /** The raw IGO-year table: (ioname, year) → state column → code. */
    private Map<String, Map<String, String>> raw(List<String> ionames, List<Integer> years) throws IOException {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(cowDir.resolve("igo_year_formatv3.csv").toFile())) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                if (ionames.contains(row.get("ioname")) && years.contains(Integer.parseInt(row.get("year")))) {
                    out.put(row.get("ioname") + "/" + row.get("year"), row);
                }
            }
        }
        return out;
    }

    /** COW state column → Comity state id, through COW codes (states2016.csv) and data/states.csv. */
    private Map<String, String> isoByColumn() throws IOException {
        Map<String, String> isoByCcode = new HashMap<>();
        for (Map<String, String> s : csv(TestDb.recordDir().resolve("states.csv"))) {
            if (!s.get("cow_code").isBlank()) isoByCcode.putIfAbsent(s.get("cow_code"), s.get("iso3"));
        }
        Map<String, String> out = new HashMap<>();
        for (Map<String, String> s : csv(cowDir.resolve("states2016.csv"))) out.putIfAbsent(s.get("state"), isoByCcode.get(s.get("ccode")));
        return out;
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    /**
     * For a sample of organizations and years, the members on 1 July are the states COW codes 1, 2 or 3
     * that year — except where the curated record speaks for a state, which then answers.
     */
    @Test
    void membersOnADayAreWhatCowSaysForThatYearUnlessCurated() throws IOException {
        Map<String, String> ids = Map.of("WHO", "who", "UN", "un", "NATO", "nato", "IMO", "imo", "OAS", "oas", "ASEAN", "cow-asean");
        List<Integer> years = List.of(1950, 1975, 1990, 2010, 2014);
        Map<String, Map<String, String>> raw = raw(new ArrayList<>(ids.keySet()), years);
        Map<String, String> iso = isoByColumn();
        int compared = 0;
        int exact = 0;
        for (var e : ids.entrySet()) {
            for (int year : years) {
                Map<String, String> row = raw.get(e.getKey() + "/" + year);
                if (row == null) continue; // the organization did not exist yet
                java.util.Set<String> cow = new java.util.TreeSet<>();
                row.forEach((column, code) -> {
                    if (iso.containsKey(column) && code.matches("[123]")) cow.add(iso.get(column));
                });
                java.util.Set<String> ours = new java.util.TreeSet<>();
                Cli.Result r = cli.run("members", "--org", e.getValue(), "--on", year + "-07-01", "--role", "all", "--format", "json");
                assertThat(r.exit()).as(r.err()).isZero();
                r.json().forEach(m -> ours.add(m.get("state").asText()));
                java.util.Set<String> curated = new java.util.TreeSet<>();
                r.json().forEach(m -> { if (!m.get("source").asText().contains("correlatesofwar")) curated.add(m.get("state").asText()); });
                java.util.Set<String> onlyCow = new java.util.TreeSet<>(cow);
                onlyCow.removeAll(ours);
                java.util.Set<String> onlyOurs = new java.util.TreeSet<>(ours);
                onlyOurs.removeAll(cow);
                // every difference is a state the curated acts or the body's member list speak for
                for (String st : onlyCow) {
                    assertThat(cli.run("status", "--state", st, "--org", e.getValue(), "--on", year + "-07-01", "--format", "json")
                            .json().get("record").asText()).as(e.getKey() + " " + year + " " + st).isIn("curated", "member-list");
                }
                assertThat(curated).as(e.getKey() + " " + year).containsAll(onlyOurs);
                if (onlyCow.isEmpty() && onlyOurs.isEmpty()) exact++;
                if (e.getValue().startsWith("cow-")) {
                    // a body with no member list answers from COW, state for state
                    assertThat(onlyCow).as(e.getKey() + " " + year).isEmpty();
                    assertThat(onlyOurs).as(e.getKey() + " " + year).isEmpty();
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(20);
        // ASEAN has no member list: there the answer is COW's, year for year
        assertThat(exact).isGreaterThan(0);
    }

    @Test
    void curatedUnescoRecordWinsAndTheDisagreementWithCowIsShown() {
        Cli.Result r = cli.run("status", "--state", "USA", "--org", "UNESCO", "--on", "2010-06-01", "--format", "json");
        JsonNode j = r.json();
        assertThat(j.get("status").asText()).isEqualTo("member");
        assertThat(j.get("record").asText()).isEqualTo("member-list");
        assertThat(j.get("other").get("record").asText()).isEqualTo("cow-igo-v3");
        assertThat(j.get("other").get("status").asText()).isEqualTo("not-member");

        List<String> periods = new ArrayList<>();
        for (JsonNode c : cli.run("conflicts", "--format", "json").json()) {
            if (c.get("state").asText().equals("USA") && c.get("org").asText().equals("unesco")
                    && c.get("period").asText().equals("2004-2014")) {
                periods.add(c.get("period").asText());
                assertThat(c.get("curated").asText()).isEqualTo("member");
                assertThat(c.get("other").asText()).isEqualTo("not-member");
                assertThat(c.get("sources").toString()).contains("correlatesofwar.org");
                assertThat(c.get("sources").size()).isGreaterThan(1);
            }
        }
        // 2003, the year the US came back (1 Oct), is no disagreement: COW codes whole years
        assertThat(periods).contains("2004-2014");
    }

    @Test
    void stateNotCuratedAnswersFromCowAnyDateSince1816() {
        // the International Bureau of Weights and Measures has no member list of its own: COW answers
        JsonNode j = cli.run("status", "--state", "FRA", "--org", "cow-bipm", "--on", "1880-01-01", "--format", "json").json();
        assertThat(j.get("status").asText()).isEqualTo("member");
        assertThat(j.get("record").asText()).isEqualTo("cow-igo-v3");
        // the ILO exit of 1977-1980 is coded by COW as well as curated: both say out in 1978
        assertThat(cli.run("status", "--state", "USA", "--org", "ILO", "--on", "1978-06-01", "--format", "json").json()
                .get("status").asText()).isEqualTo("not-member");
    }

    @Test
    void diffOfTheUnitedStatesSince2016ListsTheCuratedExitsAndReturns() {
        List<String> changes = new ArrayList<>();
        for (JsonNode c : cli.run("diff", "--state", "USA", "--from", "2016-01-01", "--to", "2026-11-26", "--format", "json").json()) {
            changes.add(c.get("org").asText() + " " + c.get("change").asText() + " " + c.get("date").asText());
        }
        assertThat(changes).contains("unesco notice 2017-10-12", "unesco left 2019-01-01", "unesco rejoined 2023-07-10",
                "who notice 2020-07-06", "who retracted 2021-01-20", "who left 2026-01-22", "paris-agreement left 2020-11-04",
                "paris-agreement rejoined 2021-02-19", "paris-agreement left 2026-01-27", "unfccc announced 2026-01-07");
    }

    @Test
    void membershipsOfAStateMergeBothRecords() {
        JsonNode j = cli.run("memberships", "--state", "FRA", "--on", "2010-01-01", "--format", "json").json();
        assertThat(j.size()).isGreaterThan(50);
        JsonNode counts = cli.run("count", "--org", "un", "--from", "1945", "--to", "2014", "--format", "json").json();
        assertThat(counts).hasSize(70);
        assertThat(counts.get(0).get("year").asInt()).isEqualTo(1945);
        // UN membership only grew in those years, except Indonesia's 1965-66 absence (curated)
        assertThat(counts.get(counts.size() - 1).get("members").asInt()).isEqualTo(193);
        assertThat(counts.get(0).get("members").asInt()).isLessThan(counts.get(20).get("members").asInt());
    }

    @Test
    void aMalformedCellIsRejectedWithFileLineAndColumnAndNothingIsWritten(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("cow");
        Files.createDirectories(dir);
        Files.copy(cowDir.resolve("states2016.csv"), dir.resolve("states2016.csv"));
        List<String> lines = new ArrayList<>(Files.readAllLines(cowDir.resolve("igo_year_formatv3.csv")).subList(0, 40));
        String[] header = lines.get(0).split(",");
        int usa = List.of(header).indexOf("\"usa\"");
        String[] row = lines.get(30).split(",", -1);
        row[usa] = "7";
        lines.set(30, String.join(",", row));
        Files.write(dir.resolve("igo_year_formatv3.csv"), lines);
        int before = cli.run("conflicts", "--format", "json").json().size();
        Cli.Result r = cli.run("import", "cow", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("igo_year_formatv3.csv:31").contains("column usa").contains("'7'");
        assertThat(cli.run("conflicts", "--format", "json").json().size()).isEqualTo(before);
    }
}
