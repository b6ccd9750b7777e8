package org.comity.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetException;
import org.comity.dataset.DatasetReader;
import org.comity.dataset.Problem;
import org.comity.snapshot.Snapshot;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second funding source's files are checked like the dataset: each bad row refused with file, line,
 * column and value. Runs on the bundled files and on copies of them with one row spoiled.
 */
class UsReportingFilesTest {

    private final Snapshot snapshot = new Snapshot(DatasetReader.read(DataFiles.directory(TestDb.recordDir())).dataset(), 1);
    private final Path mappings = TestDb.mappingsDir();

    @TempDir
    Path dir;

    @Test
    void theBundledFilesReadAndNameOnlyKnownIds() {
        UsReporting r = UsReportingFiles.read(DataFiles.directory(mappings), snapshot);
        assertThat(r.documents()).extracting(UsDocument::id).contains("state-cbj-fy2025", "omb-un-system-fy2023", "ceb-financial-statistics");
        assertThat(r.budgetsOf("iccrom")).isNotEmpty();
        assertThat(r.totals()).anySatisfy(t -> {
            assertThat(t.account()).contains("CIO");
            assertThat(t.yearLabel()).isEqualTo("FY2023");
        });
        // the register says what was not found: every missing document has no address and a note saying why
        assertThat(r.missing()).allSatisfy(d -> assertThat(d.note()).isNotBlank());
    }

    @Test
    void aFigureWithoutItsDocumentIsRefusedWithFileLineAndColumn() throws IOException {
        Problem p = onlyProblem(figure("un-women,USA,FY2023,fiscal,voluntary,1000,,CBJ table,https://betterworldcampaign.org/us-assessed-financial-contributions-to-the-un"));
        assertThat(p.toString()).isEqualTo("us-contributions.csv:2: column document: a figure without its document: name the document id of us-documents.csv");
    }

    @Test
    void aFiscalYearWrittenAsABareCalendarYearIsRefused() throws IOException {
        Problem p = onlyProblem(figure("un-women,USA,2023,fiscal,voluntary,1000,bwc-us-assessed-un,table,https://betterworldcampaign.org/us-assessed-financial-contributions-to-the-un"));
        assertThat(p.file()).isEqualTo("us-contributions.csv");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.value()).isEqualTo("2023");
        assertThat(p.message()).contains("bare calendar year").contains("FY2023");
        Problem mismatch = onlyProblem(figure("un-women,USA,CY2023,fiscal,voluntary,1000,bwc-us-assessed-un,table,https://betterworldcampaign.org/us-assessed-financial-contributions-to-the-un"));
        assertThat(mismatch.message()).isEqualTo("'CY2023' does not match period fiscal");
    }

    @Test
    void aNegativeAmountIsRefused() throws IOException {
        Problem p = onlyProblem(figure("un-women,USA,FY2023,fiscal,voluntary,-5,bwc-us-assessed-un,table,https://betterworldcampaign.org/us-assessed-financial-contributions-to-the-un"));
        assertThat(p.toString()).startsWith("us-contributions.csv:2: column amount_usd: '-5' is negative");
    }

    @Test
    void anUnknownOrganizationIsRefusedInTheFiguresAndInTheBudgetTable() throws IOException {
        Problem p = onlyProblem(figure("unwomen2,USA,FY2023,fiscal,voluntary,5,bwc-us-assessed-un,table,https://betterworldcampaign.org/us-assessed-financial-contributions-to-the-un"));
        assertThat(p.toString()).isEqualTo("us-contributions.csv:2: column org: 'unwomen2' is not an organization id");
        copyMappings();
        Files.writeString(dir.resolve(UsReportingFiles.BUDGETS), "org,year,period,measure,amount,currency,us_share,document,table,sources\n"
                + "iccrom,CY2022,calendar,revenue,8388670,EUR,,iccrom-financial-info,Total revenue,https://iccrom.org/about/corporate-info/our-commitment-transparency/financial-info\n"
                + "irena2,CY2023,calendar,budget,-10,USD,1.5,iccrom-financial-info,x,https://iccrom.org/about/corporate-info/our-commitment-transparency/financial-info\n");
        List<Problem> ps = problems();
        assertThat(ps).extracting(Problem::toString).containsExactly(
                "body-budgets.csv:3: column org: 'irena2' is not an organization id",
                "body-budgets.csv:3: column amount: '-10' is negative: an amount paid or budgeted is never below zero",
                "body-budgets.csv:3: column us_share: '1.5' is not a share between 0 and 1");
    }

    @Test
    void aFigureFromADocumentNobodyReadIsRefused() throws IOException {
        Problem p = onlyProblem(figure("un-women,USA,FY2023,fiscal,voluntary,5,state-cbj-fy2025,CIO table,https://betterworldcampaign.org/us-assessed-financial-contributions-to-the-un"));
        assertThat(p.message()).isEqualTo("'state-cbj-fy2025' is registered as missing: a figure cannot come from a document nobody read");
    }

    private String figure(String row) throws IOException {
        copyMappings();
        Files.writeString(dir.resolve(UsReportingFiles.FIGURES), String.join(",", UsReportingFiles.FIGURE_COLUMNS) + "\n" + row + "\n");
        return row;
    }

    private Problem onlyProblem(String row) {
        List<Problem> ps = problems();
        assertThat(ps).as(row).hasSize(1);
        return ps.get(0);
    }

    private List<Problem> problems() {
        try {
            UsReportingFiles.read(DataFiles.directory(dir), snapshot);
        } catch (DatasetException e) {
            return e.problems();
        }
        throw new AssertionError("no problem found");
    }

    private void copyMappings() throws IOException {
        for (String f : List.of(UsReportingFiles.FIGURES, UsReportingFiles.BUDGETS, UsReportingFiles.TOTALS, UsReportingFiles.DOCUMENTS)) {
            Files.copy(mappings.resolve(f), dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aMissingRegisterIsRefused() {
        assertThatThrownBy(() -> UsReportingFiles.read(DataFiles.directory(dir), snapshot))
                .isInstanceOf(DatasetException.class).hasMessageContaining("us-documents.csv");
    }
}
