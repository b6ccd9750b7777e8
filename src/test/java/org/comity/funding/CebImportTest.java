package org.comity.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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

/**
 * {@code import ceb ../shared/data/ceb}: the stored figures reconcile with the raw files (the sum per entity
 * and year equals the file's own sum, computed here independently), unmapped codes are listed, and a bad
 * file writes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CebImportTest {

    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    /** A store that never sees the shared CEB files: what the jar's extract alone gives. */
    @RegisterExtension
    static final StoreWithCli bundledOnly = new StoreWithCli();

    private Cli cli;
    private Path ceb;
    private JsonNode report;
    private FundingData stored;

    @BeforeAll
    void importShared() {
        ceb = Shared.require("data/ceb");
        cli = store.cli();
        Cli.Result r = cli.run("import", "ceb", ceb.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        report = r.json();
        stored = new FundingStore(store.app().database()).load();
    }

    @Test
    void entityRevenuePerEntityAndYearEqualsTheSumOfRevenueSubAgencyCsv() throws Exception {
        Map<String, BigDecimal> raw = sums(ceb.resolve("revenue_sub_agency.csv"), "agency", null);
        Map<String, BigDecimal> imported = new HashMap<>();
        for (EntityAmount a : stored.revenue()) imported.merge(a.entity() + "/" + a.year(), a.usd(), BigDecimal::add);
        assertEqualSums(imported, raw);
        BigDecimal y2023 = raw.entrySet().stream().filter(e -> e.getKey().endsWith("/2023")).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(y2023.doubleValue()).isBetween(67.6e9, 67.65e9);
    }

    @Test
    void contributionsOf2024EqualCebsOwnExportAndEarlierYearsTheDerivedFile() throws Exception {
        Map<String, BigDecimal> imported = new HashMap<>();
        for (Contribution c : stored.contributions()) imported.merge(c.entity() + "/" + c.year(), c.usd(), BigDecimal::add);
        Map<String, BigDecimal> raw = sums(ceb.resolve("government-donor-revenue.csv"), "entity", null);
        raw.putAll(sums(ceb.resolve("revenue_government_donors_2013-2024_derived.csv"), "entity", "2024"));
        assertEqualSums(imported, raw);
    }

    @Test
    void governmentTotalsLeaveOutTheNonStateEntriesOfCebsDonorList() {
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal gov = BigDecimal.ZERO;
        for (Contribution c : stored.contributions()) if (c.year() == 2024) all = all.add(c.usd());
        for (EntityAmount a : stored.governmentTotals()) if (a.year() == 2024) gov = gov.add(a.usd());
        // "Refunds to donors/Miscellaneous" nets -5,208,196 in 2024 (CEB README): governments alone are more.
        assertThat(gov.subtract(all).doubleValue()).isBetween(5_000_000.0, 5_300_000.0);
    }

    @Test
    void theReportListsUnmappedEntityCodesAndDonorsInsteadOfDroppingThem() {
        List<String> entities = new ArrayList<>();
        report.get("unmapped_entities").forEach(e -> entities.add(e.get("ceb_entity").asText()));
        assertThat(entities).contains("UN-DPO", "UNAIDS", "IARC").doesNotContain("WIPO", "UNIDO", "IFAD", "UN Tourism", "UNWTO");
        assertThat(stored.revenue()).anyMatch(a -> a.entity().equals("UN-DPO") && a.org() == null);
        List<String> donors = new ArrayList<>();
        report.get("unmapped_donors").forEach(d -> donors.add(d.get("donor").asText()));
        assertThat(donors).contains("Hong Kong SAR").doesNotContain("United States of America", "Türkiye");
        assertThat(stored.contributions()).anyMatch(c -> c.donor().equals("T\uFFFDrkiye") && "TUR".equals(c.state()));
        assertThat(stored.contributions()).anyMatch(c -> c.entity().equals("UNWOMEN") && "un-women".equals(c.org()));
        assertThat(stored.contributions()).anyMatch(c -> c.entity().equals("UNHABITAT") && "un-habitat".equals(c.org()));
    }

    @Test
    void everyBodyOfTheDatasetThatCebReportsGetsItsMoney() {
        Map<String, String> orgOf = new HashMap<>();
        stored.revenue().forEach(a -> orgOf.putIfAbsent(a.entity(), a.org()));
        assertThat(orgOf).containsEntry("WIPO", "wipo").containsEntry("UNIDO", "unido").containsEntry("IFAD", "ifad")
                .containsEntry("UN Tourism", "un-tourism").containsEntry("OPCW", "opcw").containsEntry("CTBTO", "ctbto-prepcom");
        assertThat(stored.revenue()).anyMatch(a -> a.entity().equals("UNWTO") && "un-tourism".equals(a.org()));
    }

    @Test
    void aCodeLeftWithoutAnOrganizationThatTheDatasetHasUnderThatAcronymIsRefused(@TempDir Path dir) throws Exception {
        Path mappings = TestDb.dataDir().resolve("mappings");
        List<String> lines = new ArrayList<>(Files.readAllLines(mappings.resolve(CebMapping.ENTITY_FILE), StandardCharsets.UTF_8));
        int wipo = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("WIPO,wipo,")) wipo = i;
        assertThat(wipo).isPositive();
        lines.set(wipo, lines.get(wipo).replace("WIPO,wipo,", "WIPO,,"));
        Files.write(dir.resolve(CebMapping.ENTITY_FILE), lines, StandardCharsets.UTF_8);
        Files.copy(mappings.resolve(CebMapping.DONOR_FILE), dir.resolve(CebMapping.DONOR_FILE));
        Cli.Result r = cli.run("import", "ceb", ceb.toString(), "--mapping", dir.toString(), "--dry-run");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(CebMapping.ENTITY_FILE + ":" + (wipo + 1)).contains("'WIPO' is left without an organization")
                .contains("wipo goes by that acronym");
    }

    @Test
    void aBadAmountStopsTheImportWithFileLineAndColumnAndWritesNothing(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(ceb.resolve("government-donor-revenue.csv"), StandardCharsets.UTF_8);
        lines.set(3, lines.get(3).replaceAll(",[^,]*$", ",12 3x4"));
        Files.write(dir.resolve("government-donor-revenue.csv"), lines, StandardCharsets.UTF_8);
        Files.copy(ceb.resolve("revenue_sub_agency.csv"), dir.resolve("revenue_sub_agency.csv"));
        Cli.Result r = cli.run("import", "ceb", dir.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("government-donor-revenue.csv:4").contains("column amount").contains("12 3x4");
        assertThat(new FundingStore(store.app().database()).load().contributions()).hasSameSizeAs(stored.contributions());
    }

    @Test
    void theBundledExtractIsWhatFundingExtractMakesOfTheSharedFiles(@TempDir Path out) throws Exception {
        Cli.Result r = store.cli().run("funding", "extract", ceb.toString(), out.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("states").toString()).contains("USA", "ARG");
        for (String f : List.of(FundingExtract.REVENUE, FundingExtract.GOVERNMENT, FundingExtract.DONORS)) {
            assertThat(Files.readString(out.resolve("extracts").resolve(f))).as(f + " (run: comity funding extract " + ceb + " data)")
                    .isEqualTo(Files.readString(TestDb.dataDir().resolve("extracts").resolve(f)));
        }
    }

    @Test
    void impactFromTheFullImportEqualsImpactFromTheBundledExtract() {
        Cli.Result full = cli.run("impact", "--instrument", "us-memo-2026-01-07", "--year", "2023", "--format", "json");
        assertThat(full.exit()).as(full.err()).isZero();
        Cli.Result bundled = bundledOnly.cli().run("impact", "--instrument", "us-memo-2026-01-07", "--year", "2023", "--format", "json");
        assertThat(bundled.json()).isEqualTo(full.json());
    }

    /** Sum of "amount" per entity/year, read independently of the importer (spaces stripped, " - " as 0). */
    private static Map<String, BigDecimal> sums(Path file, String entityColumn, String skipYear) throws Exception {
        Map<String, BigDecimal> out = new HashMap<>();
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<List<String>> it = m.readerFor(List.class).with(CsvSchema.emptySchema()).readValues(r)) {
            List<String> header = it.next().stream().map(h -> h.replace("\uFEFF", "")).toList();
            int e = header.indexOf(entityColumn);
            int y = header.indexOf("calendar_year");
            int a = header.indexOf("amount");
            while (it.hasNext()) {
                List<String> row = it.next();
                if (row.size() < header.size() || row.get(y).equals(skipYear)) continue;
                String amount = row.get(a).replace(" ", "").replace("\u00A0", "");
                out.merge(row.get(e) + "/" + row.get(y), amount.equals("-") || amount.isEmpty() ? BigDecimal.ZERO : new BigDecimal(amount),
                        BigDecimal::add);
            }
        }
        return out;
    }

    private static void assertEqualSums(Map<String, BigDecimal> imported, Map<String, BigDecimal> raw) {
        assertThat(imported.keySet()).containsExactlyInAnyOrderElementsOf(raw.keySet());
        raw.forEach((k, v) -> assertThat(imported.get(k)).as(k).isEqualByComparingTo(v));
    }
}
