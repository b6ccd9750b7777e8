package org.comity.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comity.api.Csv;
import org.comity.api.Json;

/** Renders an answer (a map, or a list of maps, from {@link org.comity.api.Shapes}) in a {@link Format}. */
public final class Output {


    private Output() {}

    /**
     * @param columns the columns a table shows (JSON and CSV always carry every field); null for all
     */
    public static String render(Object answer, Format format, List<String> columns) {
        switch (format) {
            case json: return json(answer) + "\n";
            case csv: return Csv.render(answer);
            default: return answer instanceof List ? table(rows(answer), columns) : card(asMap(answer));
        }
    }

    public static String json(Object answer) {
        return Json.pretty(answer);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Object answer) {
        if (answer instanceof List<?> l) return (List<Map<String, Object>>) l;
        return List.of(asMap(answer));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object answer) {
        return (Map<String, Object>) answer;
    }

    /** Scalars as text, lists joined with '|', anything nested as JSON (as in CSV). */
    static String cell(Object v) {
        return Csv.cell(v);
    }

    private static String table(List<Map<String, Object>> rows, List<String> columns) {
        if (rows.isEmpty()) return "(none)\n";
        List<String> cols = columns != null ? columns : new ArrayList<>(rows.get(0).keySet());
        int[] width = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) width[i] = TextWidth.of(cols.get(i));
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                String c = TextWidth.clip(cell(r.get(cols.get(i))), 60);
                line.add(c);
                width[i] = Math.max(width[i], TextWidth.of(c));
            }
            cells.add(line);
        }
        StringWriter out = new StringWriter();
        PrintWriter p = new PrintWriter(out);
        p.println(line(cols, width));
        List<String> rule = new ArrayList<>();
        for (int w : width) rule.add("-".repeat(w));
        p.println(line(rule, width));
        for (List<String> line : cells) p.println(line(line, width));
        p.flush();
        return out.toString();
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append("  ");
            b.append(TextWidth.pad(cells.get(i), i == cells.size() - 1 ? 0 : width[i]));
        }
        return b.toString().stripTrailing();
    }

    /** A single answer as "key: value" lines; nested lists become indented rows. */
    private static String card(Map<String, Object> m) {
        StringBuilder b = new StringBuilder();
        int w = m.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (var e : m.entrySet()) {
            Object v = e.getValue();
            if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
                b.append(e.getKey()).append(":\n");
                for (Object item : l) b.append("  - ").append(cell(compact(item))).append('\n');
            } else if (v instanceof Map) {
                b.append(TextWidth.pad(e.getKey(), w)).append("  ").append(cell(compact(v))).append('\n');
            } else if (v != null && !(v instanceof List<?> l2 && l2.isEmpty())) {
                b.append(TextWidth.pad(e.getKey(), w)).append("  ").append(cell(v)).append('\n');
            }
        }
        return b.toString();
    }

    /** A nested map without its null fields, to keep table cards short. */
    @SuppressWarnings("unchecked")
    private static Object compact(Object item) {
        if (!(item instanceof Map)) return item;
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        ((Map<String, Object>) item).forEach((k, v) -> { if (v != null) out.put(k, v); });
        return out;
    }
}
