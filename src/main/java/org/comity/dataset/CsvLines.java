package org.comity.dataset;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one CSV reading loop: a file as published (a BOM, CRLF or LF line ends, a header line) into lines of
 * named cells that remember their file and line, so that every problem can say where it is. The curated
 * tables ({@link CsvTables}) and the importers' files (CEB) both read through it.
 */
public final class CsvLines {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    /**
     * One data line: cells by header name. The names index the line's values (one index a file, not a map a
     * line: the CEB files have 130,000 lines); {@link #cells} makes the map when a caller wants one.
     */
    public static final class Line {
        private final String file;
        private final int line;
        private final Map<String, Integer> index;
        private final List<String> values;

        Line(String file, int line, Map<String, Integer> index, List<String> values) {
            this.file = file;
            this.line = line;
            this.index = index;
            this.values = values;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }

        /** The cell of {@code column}, trimmed; empty when the file has no such column. */
        public String get(String column) {
            Integer i = index.get(column);
            return i == null ? "" : values.get(i).trim();
        }

        /** Every cell by its header name, as read (untrimmed). */
        public Map<String, String> cells() {
            Map<String, String> cells = new HashMap<>();
            index.forEach((name, i) -> cells.put(name, values.get(i)));
            return cells;
        }

        public Problem problem(String column, String value, String message) {
            return new Problem(file, line, column, value, message);
        }
    }

    private CsvLines() {}

    /** The header of a file (BOM removed, trimmed); empty when the file is empty. */
    public static List<String> header(Reader reader) throws IOException {
        try (MappingIterator<List<String>> it = MAPPER.readerFor(List.class).with(CsvSchema.emptySchema()).readValues(reader)) {
            return it.hasNext() ? clean(it.next()) : List.of();
        }
    }

    /**
     * Hands every data line to {@code sink}; lines with the wrong number of cells become problems.
     * {@code required} columns missing from the header make one problem and no lines. Returns the number of
     * data lines (so that a caller can refuse a file with a header and nothing else).
     */
    public static int read(Reader reader, String file, List<String> required, Consumer<Line> sink, List<Problem> problems)
            throws IOException {
        return read(reader, file, header -> {
            List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
            return missing.isEmpty() ? null : new Problem(file, 1, String.join(",", missing), String.join(",", header),
                    "the header lacks " + String.join(", ", missing));
        }, sink, problems);
    }

    /**
     * As above, with the caller's own check of the header ({@code checkHeader} answers a problem, or null
     * when the header will do); a refused header makes one problem and no lines.
     */
    public static int read(Reader reader, String file, Function<List<String>, Problem> checkHeader, Consumer<Line> sink,
                           List<Problem> problems) throws IOException {
        int rows = 0;
        int line = 1; // where the record being read starts: an unclosed quote is reported where it opened
        try (MappingIterator<List<String>> it = MAPPER.readerFor(List.class).with(CsvSchema.emptySchema()).readValues(reader)) {
            if (!it.hasNext()) {
                problems.add(new Problem(file, 1, null, "", "is empty (not even a header line)"));
                return 0;
            }
            List<String> header = clean(it.next());
            Problem refused = checkHeader.apply(header);
            if (refused == null) refused = controlChars(file, 1, header, header);
            if (refused != null) {
                problems.add(refused);
                return 0;
            }
            int[] limits = header.stream().mapToInt(Tables::maxLength).toArray();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) index.put(header.get(i), i); // a name given twice: its last column, as before
            while (true) {
                line = it.getCurrentLocation().getLineNr();
                if (!it.hasNext()) break;
                List<String> values = it.next();
                if (values.size() == 1 && values.get(0).isBlank()) continue;
                if (values.size() != header.size()) {
                    problems.add(new Problem(file, line, null, String.valueOf(values.size()),
                            "has " + values.size() + " cells, the header has " + header.size()));
                    continue;
                }
                Problem control = controlChars(file, line, header, values);
                if (control == null) control = tooLong(file, line, header, limits, values);
                if (control != null) {
                    problems.add(control);
                    continue;
                }
                rows++;
                sink.accept(new Line(file, line, index, values));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add(notCsv(file, line, e.getOriginalMessage()));
        } catch (RuntimeException e) {
            // MappingIterator.hasNext wraps a parse error in an unchecked exception
            if (!(e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException j)) throw e;
            problems.add(notCsv(file, line, j.getOriginalMessage()));
        }
        return rows;
    }

    /** A file that stops being CSV at {@code line} (an unclosed quote, a stray character after one). */
    public static Problem notCsv(String file, int line, String message) {
        String m = message == null ? "" : message.lines().findFirst().orElse("");
        return new Problem(file, line, null, "", "is not valid CSV from here on: " + m);
    }

    /** A cell longer than its column's limit ({@link Tables#maxLength}), in any file. */
    private static Problem tooLong(String file, int line, List<String> header, int[] limits, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            int max = limits[i];
            if (values.get(i).length() <= max) continue; // cannot be too long once trimmed either
            String v = values.get(i).trim();
            if (v.length() > max) {
                String start = v.substring(0, Math.min(40, v.length())) + "...";
                return new Problem(file, line, header.get(i), start, "is " + v.length() + " characters long; at most " + max
                        + " are allowed ('" + start + "')");
            }
        }
        return null;
    }

    /**
     * A cell with a control character (NUL and the like; tab and line breaks are allowed) is refused here,
     * for every file: such bytes pass some databases and crash others, and no fact needs them.
     */
    private static Problem controlChars(String file, int line, List<String> header, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == '\uFFFE' || c == '\uFFFF') {
                    return new Problem(file, line, i < header.size() ? header.get(i) : null, String.format("U+%04X", (int) c),
                            "contains the control character U+" + String.format("%04X", (int) c) + " at position " + (k + 1));
                }
            }
        }
        return null;
    }

    private static List<String> clean(List<String> header) {
        List<String> out = new ArrayList<>();
        for (String h : header) out.add(h.replace("\uFEFF", "").trim());
        return out;
    }

    public static void require(List<Problem> problems) {
        if (!problems.isEmpty()) throw new DatasetException(problems);
    }
}
