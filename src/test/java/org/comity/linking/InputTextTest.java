package org.comity.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.comity.query.BadInputException;
import org.junit.jupiter.api.Test;

/** What the CLI and the API refuse to link, and say why in one line. */
class InputTextTest {

    @Test
    void utf8TextComesThroughUnchanged() {
        String text = "\uFEFF从《联合国气候变化框架公约》(UNFCCC) 😀";
        assertThat(InputText.decode(text.getBytes(StandardCharsets.UTF_8), "x")).isEqualTo(text);
    }

    @Test
    void emptyBinaryAndInvalidUtf8AreRefusedWithTheReason() {
        assertThatThrownBy(() -> InputText.decode(new byte[0], "the request body"))
                .isInstanceOf(BadInputException.class).hasMessage("the request body is empty: there is no text to link");
        assertThatThrownBy(() -> InputText.decode(new byte[] {'a', 0, 'b'}, "f.bin"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("binary").hasMessageContaining("offset 1");
        assertThatThrownBy(() -> InputText.decode(new byte[] {'o', 'k', (byte) 0xC3, '(', 'x'}, "f.txt"))
                .isInstanceOf(BadInputException.class).hasMessage("f.txt is not valid UTF-8 (bad byte 0xC3 at offset 2)");
        assertThatThrownBy(() -> InputText.decode(new byte[] {'o', 'k', (byte) 0xE4, (byte) 0xB8}, "f.txt"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not valid UTF-8");
    }
}
