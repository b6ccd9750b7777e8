package org.comity.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code manifest.txt} ({@code file,rows,sha256}), written by {@code comity export} beside the files it
 * wrote. An import of such a directory refuses a listed file that is missing or holds fewer rows than the
 * manifest says (a copy cut short at a line end reads as valid CSV); a file that was shortened on purpose
 * is imported after its line in manifest.txt is changed or the manifest is deleted.
 */
public final class Manifest {

    public static final String FILE = "manifest.txt"; // CSV inside; not .csv, so that no reader of the export takes it for a table
    private static final List<String> COLUMNS = List.of("file", "rows", "sha256");

    private Manifest() {}

    /** Writes the manifest of every CSV file under {@code dir} (the export's temporary directory). */
    static void write(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", COLUMNS));
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (name.equals(FILE)) continue;
                String text = Files.readString(p, StandardCharsets.UTF_8);
                lines.add(name + "," + rows(text, name) + "," + sha256(text));
            }
        }
        Files.writeString(dir.resolve(FILE), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** The problems of {@code files} against their manifest; none when there is no manifest. */
    static List<Problem> check(DataFiles files) {
        List<Problem> problems = new ArrayList<>();
        try (Reader r = files.open(FILE)) {
            if (r == null) return problems;
            CsvLines.read(r, FILE, COLUMNS, l -> {
                String name = l.get("file");
                int expected;
                try {
                    expected = Integer.parseInt(l.get("rows"));
                } catch (NumberFormatException e) {
                    problems.add(l.problem("rows", l.get("rows"), "'" + l.get("rows") + "' is not a number of rows"));
                    return;
                }
                try (Reader listed = files.open(name)) {
                    if (listed == null) {
                        problems.add(new Problem(name, 0, null, "", "is listed in " + FILE + " (written by export) but missing"));
                        return;
                    }
                    StringWriter w = new StringWriter();
                    listed.transferTo(w);
                    int rows = rows(w.toString(), name);
                    if (rows < expected) {
                        problems.add(new Problem(name, rows + 1, null, String.valueOf(rows), "has " + rows + " rows; " + FILE
                                + " (written by export) lists " + expected + ": the file looks cut short (if rows were removed "
                                + "on purpose, change its line in " + FILE + ")"));
                    }
                } catch (DatasetException e) {
                    problems.addAll(e.problems());
                } catch (IOException e) {
                    problems.add(new Problem(name, 0, null, "", "cannot be read: " + e.getMessage()));
                }
            }, problems);
        } catch (DatasetException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(new Problem(FILE, 0, null, "", "cannot be read: " + e.getMessage()));
        }
        return problems;
    }

    private static int rows(String text, String name) throws IOException {
        return CsvLines.read(new java.io.StringReader(text), name, h -> null, l -> {}, new ArrayList<>());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
