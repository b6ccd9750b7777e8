package org.comity.api;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The one CSV writer of answers (a map or a list of maps), for the CLI and the API alike. */
public final class Csv {

    private static final CsvMapper CSV = new CsvMapper();

    private Csv() {}

    @SuppressWarnings("unchecked")
    public static String render(Object answer) {
        List<Map<String, Object>> rows = answer instanceof List<?> l ? (List<Map<String, Object>>) l : List.of((Map<String, Object>) answer);
        if (rows.isEmpty()) return "";
        List<String> header = new ArrayList<>(rows.get(0).keySet());
        StringWriter out = new StringWriter();
        try (var w = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValues(out)) {
            w.write(header);
            for (Map<String, Object> r : rows) {
                List<String> cells = new ArrayList<>();
                for (String h : header) cells.add(cell(r.get(h)));
                w.write(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Scalars as text, lists of scalars joined with '|', anything nested as JSON. */
    public static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof List<?> l && l.stream().allMatch(x -> !(x instanceof Map) && !(x instanceof List))) {
            return String.join("|", l.stream().map(String::valueOf).toList());
        }
        if (v instanceof Map || v instanceof List) return Json.compact(v);
        return v.toString();
    }
}
