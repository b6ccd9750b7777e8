package org.comity.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of one file, before and after a change (null before: added; null after: removed), with the
 * organization and state it concerns, so that each page can show its own facts' history.
 */
public record FactChange(String file, String key, String org, String state, Map<String, String> before,
                         Map<String, String> after) {

    /** A cell that changed. */
    public record Field(String column, String from, String to) {}

    public String kind() {
        return before == null ? "added" : after == null ? "removed" : "changed";
    }

    /** The cells that differ (every non-empty cell of an added or removed row). */
    public List<Field> fields() {
        List<Field> out = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>();
        if (before != null) before.forEach(columns::put);
        if (after != null) after.forEach(columns::put);
        for (String c : columns.keySet()) {
            String from = before == null ? "" : before.getOrDefault(c, "");
            String to = after == null ? "" : after.getOrDefault(c, "");
            if (!Objects.equals(from, to)) out.add(new Field(c, from, to));
        }
        return out;
    }

    /** The sources the row names now (or named, when it was removed); for sources.csv the source itself. */
    public String sources() {
        Map<String, String> row = after != null ? after : before;
        if (file.equals("sources.csv")) return row.getOrDefault("url", "");
        return row.getOrDefault("sources", "");
    }

    /** Compares two versions of the record file by file, row by row (rows named by their key). */
    public static List<FactChange> between(Map<String, RecordRows.Sheet> before, Map<String, RecordRows.Sheet> after) {
        List<FactChange> out = new ArrayList<>();
        java.util.Set<String> files = new java.util.LinkedHashSet<>(before.keySet());
        files.addAll(after.keySet());
        Map<String, String> actors = actors(after);
        actors(before).forEach(actors::putIfAbsent);
        for (String file : files) {
            Map<String, Map<String, String>> old = byKey(file, before.get(file));
            Map<String, Map<String, String>> now = byKey(file, after.get(file));
            for (var e : now.entrySet()) {
                Map<String, String> was = old.get(e.getKey());
                if (!e.getValue().equals(was)) out.add(of(file, e.getKey(), was, e.getValue(), actors));
            }
            for (var e : old.entrySet()) if (!now.containsKey(e.getKey())) out.add(of(file, e.getKey(), e.getValue(), null, actors));
        }
        return out;
    }

    private static FactChange of(String file, String key, Map<String, String> before, Map<String, String> after,
                                 Map<String, String> actors) {
        Map<String, String> row = after != null ? after : before;
        String org = nonEmpty(row.get("org"));
        if (file.equals("organizations.csv")) org = row.get("id");
        if (org == null) org = RecordRows.orgOfFile(file);
        String state = nonEmpty(row.get("state"));
        if (state == null) state = nonEmpty(row.get("actor"));
        if (state == null && file.equals("states.csv")) state = row.get("iso3");
        if (state == null && file.startsWith("actions/")) state = actors.get(file.substring(8, file.length() - 4));
        return new FactChange(file, key, org, state, before, after);
    }

    private static Map<String, String> actors(Map<String, RecordRows.Sheet> sheets) {
        Map<String, String> out = new java.util.HashMap<>();
        RecordRows.Sheet instruments = sheets.get("instruments.csv");
        if (instruments != null) for (var r : instruments.rows()) out.put(r.get("id"), r.get("actor"));
        return out;
    }

    private static Map<String, Map<String, String>> byKey(String file, RecordRows.Sheet sheet) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (sheet == null) return out;
        for (var r : sheet.rows()) out.putIfAbsent(RecordRows.keyOf(file, r), r);
        return out;
    }

    private static String nonEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
