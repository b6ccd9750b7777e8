package org.comity.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * How every input file is opened: only a regular file (a FIFO, a device or a directory is refused at once,
 * before anything reads from it), read whole and decoded as strict UTF-8, so that a bad byte is reported
 * with its line, and no file larger than {@link #MAX_BYTES} is read into memory.
 */
public final class InputFile {

    /** Larger than any file Comity reads (the COW panel is 32 MB). */
    public static final long MAX_BYTES = 256L << 20;

    private InputFile() {}

    /** The file as text; {@code name} is how problems name it. Null when there is no such file. */
    public static Reader open(Path file, String name) throws IOException {
        String text = text(file, name);
        return text == null ? null : new StringReader(text);
    }

    /** The whole file as a string (see {@link #open}). */
    public static String text(Path file, String name) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) return null;
        requireRegular(file, name);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
        } catch (AccessDeniedException e) {
            throw new DatasetException(new Problem(name, 0, null, "", "cannot be read: permission denied"));
        } catch (NoSuchFileException e) {
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            throw new DatasetException(new Problem(name, 0, null, "", "is larger than " + (MAX_BYTES >> 20) + " MB"));
        }
        return decode(bytes, name);
    }

    /** Refuses a path that exists but is not a regular file, or cannot be read. */
    public static void requireRegular(Path file, String name) {
        if (Files.isDirectory(file)) throw new DatasetException(new Problem(name, 0, null, "", "is a directory, not a file"));
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(new Problem(name, 0, null, "", "is not a regular file (a pipe, device or socket); not read"));
        }
        if (!Files.isReadable(file)) throw new DatasetException(new Problem(name, 0, null, "", "cannot be read: permission denied"));
    }

    /** Strict UTF-8 (a leading BOM dropped); a malformed byte is a problem at its line, never a replacement char. */
    public static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
            throw new DatasetException(new Problem(name, line, null, String.format("0x%02X", bytes[at] & 0xFF),
                    "is not valid UTF-8: byte 0x" + String.format("%02X", bytes[at] & 0xFF) + " (save the file as UTF-8)"));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** As {@link #decode}, for a stream (a file bundled in the jar). */
    public static Reader decode(InputStream in, String name) throws IOException {
        try (in) {
            return new StringReader(decode(in.readAllBytes(), name));
        }
    }
}
