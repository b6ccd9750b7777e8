package org.comity.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.snapshot.Snapshot;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The imported figures add up to the totals their own documents state (ITTO's donors of 2023, ICCROM's revenue). */
class ReconciliationTest {

    private final Snapshot snapshot = new Snapshot(DatasetReader.read(DataFiles.directory(TestDb.recordDir())).dataset(), 1);
    private final Path mappings = TestDb.mappingsDir();

    @TempDir
    Path dir;

    @Test
    void theBundledFiguresReconcileWithEveryTotalTheirDocumentsState() {
        List<Reconciliation.Result> results = Reconciliation.check(UsReportingFiles.read(DataFiles.directory(mappings), snapshot));
        // every stated total of the register is checked: the ITTO announcement and ICCROM's three years of revenue
        assertThat(results).extracting(Reconciliation.Result::document)
                .contains("itto-ittc59-donors", "iccrom-financial-info", "iccrom-financial-info-it", "iccrom-financial-info-2020");
        assertThat(results).allSatisfy(r -> assertThat(r.agrees()).as(r.toString()).isTrue());
        Reconciliation.Result itto = results.stream().filter(r -> r.document().equals("itto-ittc59-donors")).findFirst().orElseThrow();
        assertThat(itto.tolerance()).isEqualByComparingTo("5000"); // "about USD 6.16 million"
    }

    @Test
    void aFigureMistypedFromItsTableNoLongerReconciles() throws IOException {
        for (String f : List.of(UsReportingFiles.FIGURES, UsReportingFiles.BUDGETS, UsReportingFiles.TOTALS, UsReportingFiles.DOCUMENTS)) {
            Files.copy(mappings.resolve(f), dir.resolve(f));
        }
        Path figures = dir.resolve(UsReportingFiles.FIGURES);
        Files.writeString(figures, Files.readString(figures).replace("itto,USA,CY2023,calendar,voluntary,551000", "itto,USA,CY2023,calendar,voluntary,515000"));
        Path budgets = dir.resolve(UsReportingFiles.BUDGETS);
        Files.writeString(budgets, Files.readString(budgets).replace("other-revenue,565177", "other-revenue,556177"));
        List<Reconciliation.Result> results = Reconciliation.check(UsReportingFiles.read(DataFiles.directory(dir), snapshot));
        assertThat(results).filteredOn(r -> !r.agrees()).extracting(Reconciliation.Result::document)
                .containsExactlyInAnyOrder("itto-ittc59-donors", "iccrom-financial-info");
    }

    @Test
    void aStatedTotalIsExactToHalfItsLastSignificantDigit() {
        assertThat(Reconciliation.halfOfLastDigit(new java.math.BigDecimal("6160000"))).isEqualByComparingTo("5000");
        assertThat(Reconciliation.halfOfLastDigit(new java.math.BigDecimal("8388670"))).isEqualByComparingTo("5");
        assertThat(Reconciliation.halfOfLastDigit(new java.math.BigDecimal("551001"))).isEqualByComparingTo("0");
    }
}
