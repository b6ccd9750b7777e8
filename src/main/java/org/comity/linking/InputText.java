package org.comity.linking;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.comity.query.BadInputException;

/**
 * Turns the bytes a user sent into the text to link, or a one-line reason why not: empty input, binary
 * data (a NUL byte), bytes that are not UTF-8. Shared by the CLI and the API so both refuse alike.
 */
public final class InputText {

    private InputText() {}

    /** @param origin what to call the input in messages ("standard input", a file name, "the request body") */
    public static String decode(byte[] bytes, String origin) {
        if (bytes.length == 0) throw new BadInputException(origin + " is empty: there is no text to link");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(origin + " looks binary (a NUL byte at offset " + i
                        + "); link reads UTF-8 text");
            }
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            // The decoder stops at the first bad sequence: its position is the offset to report.
            throw new BadInputException(origin + " is not valid UTF-8 (bad byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xFF) + " at offset " + in.position() + ")");
        }
        d.flush(out);
        out.flip();
        return out.toString();
    }
}
