package org.comity.dataset;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Reads and writes {@link Table}s as CSV (RFC 4180, UTF-8, header line first). */
public final class CsvTables {

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvTables() {}

    /**
     * Reads every row of {@code table} from {@code reader}; {@code sink} receives each record with its row.
     * The header must name exactly the table's columns (in any order).
     */
    public static <T> int read(Reader reader, String file, Table<T> table, BiConsumer<T, Row> sink) {
        int rows = 0;
        List<Problem> problems = new ArrayList<>();
        try {
            rows = CsvLines.read(reader, file, header -> checkHeader(file, table, header), line -> {
                Row row = new Row(file, line.line(), line.cells());

                try {
                    sink.accept(table.parse().apply(row), row);
                } catch (DatasetException e) {
                    problems.addAll(e.problems());
                }
            }, problems);
        } catch (CharacterCodingException e) {
            problems.add(new Problem(file, 0, null, "", "is not valid UTF-8"));
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            problems.add(new Problem(file, 0, null, "", "cannot be read as CSV: " + message));
        }
        if (!problems.isEmpty()) throw new DatasetException(problems);
        return rows;
    }

    /** The header must name exactly the table's columns, in any order; the first difference is the problem. */
    private static Problem checkHeader(String file, Table<?> table, List<String> header) {
        for (String column : header) {
            if (!table.columns().contains(column)) {
                return new Problem(file, 1, column, column, "unknown column '" + column + "'; expected " + String.join(",", table.columns()));
            }
        }
        for (String column : table.columns()) {
            if (!header.contains(column)) return new Problem(file, 1, column, "", "missing column '" + column + "'");
        }
        return null;
    }

    /** Writes the header and one line per record, in the table's column order. */
    public static <T> void write(Writer out, Table<T> table, List<T> records) {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n");
        try (var w = MAPPER.writer(schema).writeValues(out)) {
            w.write(table.columns());
            for (T t : records) w.write(table.cells().apply(t));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
