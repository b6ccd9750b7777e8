package org.comity.dataset;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Reads and writes {@link Table}s as CSV (RFC 4180, UTF-8, header line first). */
public final class CsvTables {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private CsvTables() {}

    /**
     * Reads every row of {@code table} from {@code reader}; {@code sink} receives each record with its row.
     * The header must name exactly the table's columns (in any order).
     */
    public static <T> void read(Reader reader, String file, Table<T> table, BiConsumer<T, Row> sink) {
        List<Problem> problems = new ArrayList<>();
        try (MappingIterator<List<String>> it = MAPPER.readerFor(List.class).with(CsvSchema.emptySchema()).readValues(reader)) {
            if (!it.hasNext()) throw new DatasetException(new Problem(file, 1, null, "", "the file is empty; expected the header " + String.join(",", table.columns())));
            List<String> header = it.next().stream().map(String::trim).toList();
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header = new ArrayList<>(header);
                header.set(0, header.get(0).substring(1));
            }
            checkHeader(file, table, header);
            while (true) {
                int line = it.getCurrentLocation().getLineNr();
                if (!it.hasNext()) break;
                List<String> values = it.next();
                if (values.size() == 1 && values.get(0).isBlank()) continue;
                if (values.size() != header.size()) {
                    problems.add(new Problem(file, line, null, String.valueOf(values.size()),
                            "has " + values.size() + " cells, the header has " + header.size()));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) cells.put(header.get(i), values.get(i));
                Row row = new Row(file, line, cells);
                try {
                    sink.accept(table.parse().apply(row), row);
                } catch (DatasetException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (DatasetException e) {
            problems.addAll(0, e.problems());
        } catch (CharacterCodingException e) {
            problems.add(new Problem(file, 0, null, "", "is not valid UTF-8"));
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            problems.add(new Problem(file, 0, null, "", "cannot be read as CSV: " + message));
        }
        if (!problems.isEmpty()) throw new DatasetException(problems);
    }

    private static void checkHeader(String file, Table<?> table, List<String> header) {
        for (String column : header) {
            if (!table.columns().contains(column)) {
                throw new DatasetException(new Problem(file, 1, column, column,
                        "unknown column '" + column + "'; expected " + String.join(",", table.columns())));
            }
        }
        for (String column : table.columns()) {
            if (!header.contains(column)) {
                throw new DatasetException(new Problem(file, 1, column, "", "missing column '" + column + "'"));
            }
        }
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
