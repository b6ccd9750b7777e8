package org.comity.api;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A download as a spreadsheet opens it: a file name, a header that is there even without rows, and flat
 * rows, one fact a row. A cell holds one value or a list of plain values joined with "; "; a nested
 * value is never written into a cell (its rows are split out before, by {@link Sheets}).
 *
 * @param name the file's name without the extension, e.g. {@code comity-events-who-2026-12-01}
 */
public record Sheet(String name, List<String> header, List<List<String>> rows) {

    /** The byte-order mark: without it a spreadsheet reads UTF-8 as the local code page and garbles Chinese. */
    public static final String BOM = "\uFEFF";

    private static final CsvMapper CSV = new CsvMapper();

    public Sheet {
        header = List.copyOf(header);
        for (List<String> r : rows) {
            if (r.size() != header.size()) throw new IllegalArgumentException(name + ": a row of " + r.size() + " cells under " + header.size() + " columns");
        }
        rows = List.copyOf(rows);
    }

    /** The named columns of each answer row, in the header's order. */
    public static Sheet of(String name, List<String> header, List<Map<String, Object>> answers) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> a : answers) {
            List<String> row = new ArrayList<>(header.size());
            for (String h : header) row.add(cell(name, h, a.get(h)));
            rows.add(row);
        }
        return new Sheet(name, header, rows);
    }

    /** One value as text; a list of plain values joined with "; ". */
    static String cell(String sheet, String column, Object v) {
        if (v == null) return "";
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object x : l) {
                if (x instanceof Map || x instanceof List) throw new IllegalStateException(sheet + ": column " + column + " is nested; split it into rows");
                parts.add(String.valueOf(x));
            }
            return String.join("; ", parts);
        }
        if (v instanceof Map) throw new IllegalStateException(sheet + ": column " + column + " is nested; split it into rows");
        return v.toString();
    }

    /** RFC 4180 CSV (CRLF line ends, quotes where needed) after a byte-order mark. */
    public String csv() {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (var w = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(out)) {
            w.write(header);
            for (List<String> r : rows) w.write(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
