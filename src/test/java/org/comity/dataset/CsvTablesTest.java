package org.comity.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.comity.domain.Claim;
import org.junit.jupiter.api.Test;

class CsvTablesTest {

    private static final String HEADER = "id,document,quote,text_en,expected,unit,sources\n";

    private static List<Integer> lines(String csv) {
        List<Integer> lines = new ArrayList<>();
        CsvTables.read(new StringReader(csv), "claims.csv", Tables.CLAIMS, (c, row) -> lines.add(row.line()));
        return lines;
    }

    @Test
    void rowsKnowTheirLineEvenAfterACellSpanningLines() {
        String csv = HEADER
                + "c1,doc,q,\"first line\nsecond line\",66,count,https://a.example\n"
                + "c2,doc,q,plain,31,count,https://a.example\n";
        assertThat(lines(csv)).containsExactly(2, 4);
    }

    @Test
    void badCellNamesFileLineColumnAndValue() {
        String csv = HEADER + "c1,doc,q,t,66,count,https://a.example\n" + "c2,doc,q,t,31,dozens,https://a.example\n";
        assertThatThrownBy(() -> lines(csv)).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("claims.csv:3: column unit: 'dozens' is not one of");
    }

    @Test
    void wrongCellCountAndUnknownHeaderAreReported() {
        assertThatThrownBy(() -> lines(HEADER + "c1,doc,q\n")).hasMessageContaining("claims.csv:2").hasMessageContaining("3 cells");
        assertThatThrownBy(() -> lines("id,document,quote,text,expected,unit,sources\n"))
                .hasMessageContaining("claims.csv:1").hasMessageContaining("unknown column 'text'");
        assertThatThrownBy(() -> lines("")).hasMessageContaining("empty");
    }

    @Test
    void invalidUtf8IsAnErrorNotReplacementCharacters() {
        byte[] bytes = (HEADER + "c1,doc,q,t,66,count,https://a.example\n").getBytes(StandardCharsets.UTF_8);
        bytes[HEADER.length() + 6] = (byte) 0xC3; // a lone lead byte
        var reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT));
        assertThatThrownBy(() -> CsvTables.read(reader, "claims.csv", Tables.CLAIMS, (Claim c, Row r) -> { }))
                .hasMessageContaining("claims.csv").hasMessageContaining("UTF-8");
    }
}
