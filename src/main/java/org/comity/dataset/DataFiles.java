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

/**
 * Where data files are read from: a directory on disk, or the copy bundled in the jar. {@code data/} is
 * laid out by life cycle (docs/data-format.md): {@code record/} is the curated dataset read into the
 * store, {@code mappings/} the curated files the importers read, {@code extracts/} what a command
 * derived from published statistics.
 */
public interface DataFiles {

    /** The parts of {@code data/}, each with its own life cycle. */
    enum Part {
        RECORD("record"), MAPPINGS("mappings"), EXTRACTS("extracts");

        public final String dir;

        Part(String dir) {
            this.dir = dir;
        }
    }

    /** Opens {@code path} (relative, with '/'), or returns null when there is no such file. */
    Reader open(String path) throws IOException;

    /** Every CSV file present in a subdirectory ({@code actions/*.csv}, {@code members/*.csv}), to catch files nothing claims. */
    List<String> filesIn(String subdirectory) throws IOException;

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
            public List<String> filesIn(String subdirectory) throws IOException {
                Path sub = dir.resolve(subdirectory);
                if (!Files.isDirectory(sub)) return List.of();
                try (Stream<Path> s = Files.list(sub)) {
                    return s.map(p -> subdirectory + "/" + p.getFileName()).filter(n -> n.endsWith(".csv")).sorted().toList();
                }
            }

            @Override
            public String describe() {
                return dir.toString();
            }
        };
    }

    /**
     * The curated record in {@code dir}: {@code dir/record/} when {@code dir} is a whole data directory
     * (such as {@code data/}), else {@code dir} itself (a directory written by {@code comity export}).
     */
    static Path recordDir(Path dir) {
        Path record = dir.resolve(Part.RECORD.dir);
        return Files.isDirectory(record) ? record : dir;
    }

    /** One part of a whole data directory such as {@code data/}. */
    static DataFiles part(Path dataDir, Part part) {
        return directory(dataDir.resolve(part.dir));
    }

    /** The fingerprint of the data bundled in the jar (SHA-256 over data/, written at build time), or null. */
    static String bundledFingerprint() {
        try (InputStream in = DataFiles.class.getResourceAsStream("/dataset/fingerprint.txt")) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return null;
        }
    }

    /** The curated record bundled in the jar. */
    static DataFiles bundled() {
        return bundled(Part.RECORD);
    }

    /** One part of {@code data/} as bundled in the jar under {@code /dataset/}. */
    static DataFiles bundled(Part part) {
        String root = "/dataset/" + part.dir + "/";
        return new DataFiles() {
            @Override
            public Reader open(String path) {
                InputStream in = DataFiles.class.getResourceAsStream(root + path);
                return in == null ? null : utf8(in);
            }

            @Override
            public List<String> filesIn(String subdirectory) {
                return List.of(); // a jar cannot be listed cheaply; the bundled copy was validated at build time
            }

            @Override
            public String describe() {
                return part == Part.RECORD ? "the bundled dataset" : "the bundled " + part.dir;
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
