package org.comity.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.comity.support.Cli;
import org.comity.support.RecordCopy;
import org.comity.support.StoreWithCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** claim-checks.csv is a table of the dataset: {@code validate} refuses a broken row, naming file, line and value. */
class ClaimChecksTableTest {

    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    @TempDir
    Path tmp;

    @Test
    void aMisspeltMethodIsRefused() throws IOException {
        assertRefused("c01,", l -> l.replace(",instrument-date,", ",instrument-dates,"), "'instrument-dates' is not one of instrument-date|");
    }

    @Test
    void aMisspeltOrganizationIdIsRefused() throws IOException {
        assertRefused("c29,", l -> l.replace("org=wfp;", "org=wpf;"), "'wpf' is not an organization id (org)");
    }

    @Test
    void aMisspeltOrganizationInTheListAClaimExpectsIsRefused() throws IOException {
        Path dir = RecordCopy.of(tmp.resolve("record")).dir();
        Path claims = dir.resolve("claims.csv");
        int line = RecordCopy.lineStarting(claims, "c13,");
        RecordCopy.replaceLine(claims, line, l -> l.replace(";un-habitat;", ";un-habitit;"));
        assertRefused(dir, "claims.csv:" + line, "'un-habitit' is not an organization id");
    }

    @Test
    void aParameterTheMethodDoesNotTakeIsRefused() throws IOException {
        assertRefused("c07,", l -> l.replace("org=un;on=", "org=un;when="), "'when' is not a parameter of years-since (it takes org, on)");
    }

    @Test
    void aMissingParameterIsRefused() throws IOException {
        assertRefused("c04,", l -> l.replace("\"instrument=us-memo-2026-01-07;section=un\"", "section=un"),
                "action-count needs instrument=...");
    }

    @Test
    void aMalformedDayOrDenominatorIsRefused() throws IOException {
        assertRefused("c16,", l -> l.replace("from=2017-01-20", "from=20/01/2017"), "from '20/01/2017' is not a day");
        assertRefused("c28,", l -> l.replace("denominator=government;", "denominator=govt;"), "denominator 'govt' is not one of government|revenue");
    }

    @Test
    void aRangeWithoutBoundsIsRefused() throws IOException {
        assertRefused("c07,", l -> l.replace(",80..89,", ",eighty-odd,"), "a range needs its bounds as LOW..HIGH");
    }

    @Test
    void aCheckOfAClaimThatDoesNotExistIsRefused() throws IOException {
        assertRefused("c36,", l -> l.replaceFirst("^c36,", "c99,"), "'c99' is not a claim id in claims.csv");
    }

    /** The Chinese columns follow the organizations' rule: Chinese characters, simplified, and the English beside them. */
    @Test
    void aChineseDefinitionOrToleranceMustBeChineseAndHaveItsEnglish() throws IOException {
        assertRefused("c01,", l -> l.replace(",法律文件表中该备忘录的日期,", ",the date in the table,"),
                "'the date in the table' has no Chinese characters");
        assertRefused("c09,", l -> l.replace(",组织表中", ",組織表中"), "is not in simplified script");
        assertRefused("c09,", l -> l.replace(",\"same year\",同一年,", ",,同一年,"),
                "a Chinese tolerance without the English one (tolerance is empty)");
        assertRefused("c06,", l -> l.replace(";reason_zh=外交部例行记者会不在本数据集中", ";reason_zh=the briefing"),
                "'the briefing' has no Chinese characters");
    }

    /** Breaks the claim-checks.csv line starting with {@code prefix} in a copy; validate must name that line. */
    private void assertRefused(String prefix, UnaryOperator<String> edit, String message) throws IOException {
        Path dir = RecordCopy.of(tmp.resolve(prefix.replace(",", "") + Math.abs(message.hashCode()))).dir();
        Path checks = dir.resolve("claim-checks.csv");
        int line = RecordCopy.lineStarting(checks, prefix);
        RecordCopy.replaceLine(checks, line, edit);
        assertRefused(dir, "claim-checks.csv:" + line, message);
    }

    private void assertRefused(Path dir, String location, String message) {
        Cli.Result r = store.cli().run("validate", dir.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().toList()).as(r.err()).anyMatch(l -> l.contains(location) && l.contains(message));
    }
}
