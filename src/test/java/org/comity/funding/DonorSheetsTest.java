package org.comity.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.comity.dataset.DataFiles;
import org.comity.store.Database;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;

/**
 * The funding store keeps the donors of each entity and year as one sheet (V16__donor_sheets.sql): what is
 * written is read back exactly (names with tabs, line breaks and backslashes too), and a store made before
 * the sheets keeps its donor rows through the migration, on H2 and on PostgreSQL.
 */
class DonorSheetsTest {

    private static final String SOURCE = CebImporter.DONOR_SOURCE;

    @Test
    void theBundledExtractIsReadBackAsItWasWritten() {
        FundingData bundled = FundingExtract.read(DataFiles.bundled(DataFiles.Part.EXTRACTS));
        try (TestDb db = TestDb.create(); Database d = Database.open(db.config())) {
            new FundingStore(d).replace(bundled, "test");
            FundingData back = new FundingStore(d).load();
            assertThat(back.contributions()).hasSize(bundled.contributions().size()).containsExactlyInAnyOrderElementsOf(
                    bundled.contributions().stream().map(DonorSheetsTest::stripped).toList());
            assertThat(new FundingStore(d).describeStored()).endsWith(bundled.contributions().size() + " contributions");
        }
    }

    @Test
    void aDonorNameWithTabsLineBreaksAndBackslashesSurvivesASheet() {
        List<Contribution> rows = List.of(
                contribution("Tab\there", "USA", true, "12.5"),
                contribution("Line\nbreak\r and \\ back\\t", null, false, "-5000"),
                contribution("Plain", "FRA", true, "0"));
        String lines = DonorSheet.write(rows);
        assertThat(lines.lines()).hasSize(3);
        assertThat(DonorSheet.read(2024, "WHO", "who", SOURCE, lines)).containsExactlyElementsOf(rows.stream().map(DonorSheetsTest::stripped).toList());
    }

    @Test
    void aStoreMadeBeforeTheSheetsKeepsItsDonorRows() throws Exception {
        try (TestDb db = TestDb.create()) {
            db.migrateTo("15");
            try (Connection c = db.connect();
                 PreparedStatement p = c.prepareStatement("INSERT INTO \"funding_contributions_0\" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Object[][] rows = {
                        {1, 2023, "WHO", "who", "Tab\tand \\ backslash", "USA", true, "assessed", new BigDecimal("1000.5000")},
                        {2, 2023, "WHO", "who", "United States of America", "USA", true, "voluntary-core", new BigDecimal("7")},
                        {3, 2023, "UNOPS", null, "Refunds to donors/Miscellaneous", null, false, "other", new BigDecimal("-3")},
                        {4, 2024, "WHO", "who", "France", "FRA", true, "assessed", new BigDecimal("2")}};
                for (Object[] r : rows) {
                    for (int i = 0; i < r.length; i++) p.setObject(i + 1, r[i]);
                    p.setString(10, SOURCE);
                    p.executeUpdate();
                }
            }
            try (Database d = Database.open(db.config())) {
                List<Contribution> back = new FundingStore(d).load().contributions();
                assertThat(back).containsExactly(
                        new Contribution(2023, "WHO", "who", "Tab\tand \\ backslash", "USA", true, RevenueType.ASSESSED, new BigDecimal("1000.5"), SOURCE),
                        new Contribution(2023, "WHO", "who", "United States of America", "USA", true, RevenueType.VOLUNTARY_CORE, new BigDecimal("7"), SOURCE),
                        new Contribution(2023, "UNOPS", null, "Refunds to donors/Miscellaneous", null, false, RevenueType.OTHER, new BigDecimal("-3"), SOURCE),
                        new Contribution(2024, "WHO", "who", "France", "FRA", true, RevenueType.ASSESSED, new BigDecimal("2"), SOURCE));
            }
        }
    }

    private static Contribution contribution(String donor, String state, boolean government, String usd) {
        return new Contribution(2024, "WHO", "who", donor, state, government, RevenueType.VOLUNTARY_EARMARKED, new BigDecimal(usd), SOURCE);
    }

    private static Contribution stripped(Contribution c) {
        return new Contribution(c.year(), c.entity(), c.org(), c.donor(), c.state(), c.government(), c.type(), c.usd().stripTrailingZeros(),
                c.source());
    }
}
