package org.comity.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A copy of the curated record (data/record) to break one way at a time, and the edits that break it. */
public final class DataCopy {

    private DataCopy() {}

    /** Copies data/record to {@code dir}/record and returns the copy. */
    public static Path of(Path dir) throws IOException {
        Path src = TestDb.recordDir();
        Path dst = dir.resolve("record");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return dst;
    }

    /** The number (from 1) of the first line of {@code file} starting with {@code prefix}. */
    public static int lineStarting(Path file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i + 1;
        throw new AssertionError("no line starting " + prefix + " in " + file);
    }

    /** Rewrites line {@code line} (from 1) of {@code file}; the edit must change it. */
    public static void replaceLine(Path file, int line, UnaryOperator<String> edit) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String before = lines.get(line - 1);
        String after = edit.apply(before);
        assertThat(after).as("the test changes line " + line).isNotEqualTo(before);
        lines.set(line - 1, after);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
