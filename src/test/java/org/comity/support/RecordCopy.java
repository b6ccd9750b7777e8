package org.comity.support;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A copy of the bundled record (data/record) that a test edits cell by cell: a second version of the dataset. */
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
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".csv")).toList()) {
                String file = dir.relativize(p).toString();
                List<List<String>> rows = read(file);
                for (List<String> row : rows) {
                    for (int i = 0; i < row.size(); i++) {
                        row.set(i, Arrays.stream(row.get(i).split("\\|", -1)).map(v -> v.equals(old) ? renamed : v)
                                .collect(Collectors.joining("|")));
                    }
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
}
