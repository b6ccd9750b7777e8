package org.comity.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CebNumbersTest {

    @Test
    void readsCebAmountsWithSpacesAsThousandsSeparatorsNegativesAndTheSpreadsheetZero() {
        assertThat(CebNumbers.parse("4 417 458 884")).isEqualByComparingTo("4417458884");
        assertThat(CebNumbers.parse("110 254 844.8")).isEqualByComparingTo("110254844.8");
        assertThat(CebNumbers.parse("-5 000")).isEqualByComparingTo("-5000");
        assertThat(CebNumbers.parse("1\u00A0000")).isEqualByComparingTo("1000");
        assertThat(CebNumbers.parse(" -   ")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(CebNumbers.parse("12,5")).isNull();
        assertThat(CebNumbers.parse("n/a")).isNull();
    }

    @Test
    void revenueTypesAreReadFromLabelsAndCategoriesWhateverTheirCase() {
        assertThat(RevenueType.fromCebLabel("Assessed Contributions")).isEqualTo(RevenueType.ASSESSED);
        assertThat(RevenueType.fromCebLabel("Assessed contributions")).isEqualTo(RevenueType.ASSESSED);
        assertThat(RevenueType.fromCebLabel("Voluntary core (un-earmarked) contributions")).isEqualTo(RevenueType.VOLUNTARY_CORE);
        assertThat(RevenueType.fromCebLabel("Voluntary un-earmarked")).isEqualTo(RevenueType.VOLUNTARY_CORE);
        assertThat(RevenueType.fromCebLabel("Voluntary non-core (earmarked) contributions")).isEqualTo(RevenueType.VOLUNTARY_EARMARKED);
        assertThat(RevenueType.fromCebLabel("Revenue from other activities")).isEqualTo(RevenueType.OTHER);
        assertThat(RevenueType.fromCebLabel("Other")).isEqualTo(RevenueType.OTHER);
        assertThat(RevenueType.fromCebLabel("R03E")).isNull();
    }
}
