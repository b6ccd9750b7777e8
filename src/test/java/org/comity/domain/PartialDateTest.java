package org.comity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsItsPrecisionAndPrintsBackAsWritten() {
        for (String s : new String[] {"1948", "1977-11", "2026-01-07"}) {
            assertThat(PartialDate.parse(s).toString()).isEqualTo(s);
        }
        assertThat(PartialDate.parse("1977-11").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("1948").date()).isEqualTo(LocalDate.of(1948, 1, 1));
    }

    @Test
    void rejectsWhatIsNotADateNamingTheValue() {
        for (String bad : new String[] {"07/01/2026", "2026-13-01", "2026-02-30", "?", "20260107", "2026-1-7"}) {
            assertThatThrownBy(() -> PartialDate.parse(bad)).hasMessageContaining("'" + bad + "'");
        }
    }
}
