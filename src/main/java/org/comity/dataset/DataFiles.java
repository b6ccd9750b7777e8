package org.comity.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where dataset files are read from: a directory on disk, or the copy bundled in the jar. */
public interface DataFiles {

    /** Opens {@code path} (relative, with '/'), or returns null when there is no such file. */
    Reader open(String path) throws IOException;

    /** Every action file present ({@code actions/*.csv}), to catch files no instrument claims. */
    List<String> actionFiles() throws IOException;

    /** How to name this set of files to a person. */
    String describe();

    static DataFiles directory(Path dir) {
        return new DataFiles() {
            @Override
            public Reader open(String path) throws IOException {
                Path p = dir.resolve(path);
                return Files.isRegularFile(p) ? utf8(Files.newInputStream(p)) : null;
            }

            @Override
            public List<String> actionFiles() throws IOException {
                Path actions = dir.resolve("actions");
                if (!Files.isDirectory(actions)) return List.of();
                try (Stream<Path> s = Files.list(actions)) {
                    return s.map(p -> "actions/" + p.getFileName()).filter(n -> n.endsWith(".csv")).sorted().toList();
                }
            }

            @Override
            public String describe() {
                return dir.toString();
            }
        };
    }

    /** The dataset bundled in the jar under {@code /dataset/}. */
    static DataFiles bundled() {
        return new DataFiles() {
            @Override
            public Reader open(String path) {
                InputStream in = DataFiles.class.getResourceAsStream("/dataset/" + path);
                return in == null ? null : utf8(in);
            }

            @Override
            public List<String> actionFiles() {
                return List.of(); // a jar cannot be listed cheaply; the bundled copy was validated at build time
            }

            @Override
            public String describe() {
                return "the bundled dataset";
            }
        };
    }

    /** Strict UTF-8: a malformed byte is an error, not a silent replacement character. */
    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
