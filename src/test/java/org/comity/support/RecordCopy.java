package org.comity.support;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A copy of the bundled record (data/record) that a test edits cell by cell (a second version of the
 * dataset), or line by line where a test must know the line it broke ({@link #replaceLine}).
 */
public final class RecordCopy {

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final Path dir;

    private RecordCopy(Path dir) {
        this.dir = dir;
    }

    public static RecordCopy of(Path target) {
        Path source = TestDb.recordDir();
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : s.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RecordCopy(target);
    }

    public Path dir() {
        return dir;
    }

    /** Sets {@code column} to {@code value} in the rows of {@code file} whose {@code keyColumn} is {@code key}. */
    public RecordCopy set(String file, String keyColumn, String key, String column, String value) {
        List<List<String>> rows = read(file);
        int k = rows.get(0).indexOf(keyColumn), c = rows.get(0).indexOf(column);
        boolean found = false;
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.get(k).equals(key)) {
                row.set(c, value);
                found = true;
            }
        }
        if (!found) throw new AssertionError("no row with " + keyColumn + " " + key + " in " + file);
        write(file, rows);
        return this;
    }

    /** Adds a row given as its cells in the header's order. */
    public RecordCopy add(String file, String... cells) {
        List<List<String>> rows = read(file);
        rows.add(new ArrayList<>(Arrays.asList(cells)));
        write(file, rows);
        return this;
    }

    /** Removes the data row at {@code index} (0 = the first after the header); returns its cells. */
    public List<String> remove(String file, int index) {
        List<List<String>> rows = read(file);
        List<String> gone = rows.remove(index + 1);
        write(file, rows);
        return gone;
    }

    public List<List<String>> rows(String file) {
        List<List<String>> rows = read(file);
        return rows.subList(1, rows.size());
    }

    /**
     * Gives an id a new name everywhere: every cell (or item of a | list) equal to {@code old} in every file,
     * and the files named after it (members/old.csv, actions/old.csv).
     */
    public RecordCopy renameId(String old, String renamed) {
        Pattern whole = Pattern.compile("(?<=^|[|;=])" + Pattern.quote(old) + "(?=$|[|;])");
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".csv")).toList()) {
                String file = dir.relativize(p).toString();
                List<List<String>> rows = read(file);
                for (List<String> row : rows) {
                    // a whole value: a cell, an item of a list (|), of a claim's expected ids (;) or a check's parameter (key=id)
                    for (int i = 0; i < row.size(); i++) row.set(i, whole.matcher(row.get(i)).replaceAll(Matcher.quoteReplacement(renamed)));
                }
                write(file, rows);
                if (p.getFileName().toString().equals(old + ".csv")) Files.move(p, p.resolveSibling(renamed + ".csv"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private List<List<String>> read(String file) {
        try (MappingIterator<List<String>> it = CSV.readerFor(List.class).with(CsvSchema.emptySchema()).readValues(dir.resolve(file).toFile())) {
            List<List<String>> rows = new ArrayList<>();
            while (it.hasNext()) rows.add(new ArrayList<>(it.next()));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, List<List<String>> rows) {
        try (var w = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValues(dir.resolve(file).toFile())) {
            for (List<String> row : rows) w.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number (from 1) of the first line of {@code file} starting with {@code prefix}. */
    public static int lineStarting(Path file, String prefix) {
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i + 1;
        throw new AssertionError("no line starting " + prefix + " in " + file);
    }

    /** Rewrites line {@code line} (from 1) of {@code file}; the edit must change it. */
    public static void replaceLine(Path file, int line, UnaryOperator<String> edit) {
        List<String> lines = lines(file);
        String before = lines.get(line - 1);
        String after = edit.apply(before);
        if (after.equals(before)) throw new AssertionError("the edit leaves line " + line + " of " + file + " as it was");
        lines.set(line - 1, after);
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
