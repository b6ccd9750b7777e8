package org.comity.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.dataset.CsvLines;

/**
 * What changed between two releases, fact by fact (CHANGES.json). A fact is a row, known by its stable id:
 * the table (the file's path without {@code .csv}) and the values of its primary key, so
 * {@code organizations/who} or {@code members/who/USA/1948-06-21}. A row whose key is new was added, one whose
 * key is gone was removed, one whose other cells differ was changed (each cell with its before and after).
 */
final class Changes {

    /** A fact added or removed, with its row. */
    record Fact(String id, String table, Map<String, String> key, Map<String, String> row) {}

    /** A fact whose cells changed: field → before, after. */
    record Changed(String id, String table, Map<String, String> key, Map<String, List<String>> fields) {}

    final List<Fact> added = new ArrayList<>();
    final List<Changed> changed = new ArrayList<>();
    final List<Fact> removed = new ArrayList<>();
    final List<String> tablesAdded = new ArrayList<>();
    final List<String> tablesRemoved = new ArrayList<>();
    /** Tables whose field list or field types changed. */
    final List<String> tablesReshaped = new ArrayList<>();
    private boolean groupRemoved;

    private Changes() {}

    /** The difference from {@code before} (null for a first release: every fact is added) to {@code after}. */
    static Changes between(PackageData before, PackageData after) {
        Changes c = new Changes();
        Map<String, PackageData.Resource> old = before == null ? Map.of() : before.resources;
        Set<String> groupsAfter = new LinkedHashSet<>();
        for (PackageData.Resource r : after.resources.values()) groupsAfter.add(r.group());
        for (PackageData.Resource r : after.resources.values()) {
            PackageData.Resource o = old.get(r.name());
            if (o == null) {
                if (before != null) c.tablesAdded.add(table(r));
                for (CsvLines.Line line : r.lines()) c.added.add(fact(r, line));
            } else {
                c.compare(o, r);
            }
        }
        for (PackageData.Resource o : old.values()) {
            if (after.resources.containsKey(o.name())) continue;
            c.tablesRemoved.add(table(o));
            if (!groupsAfter.contains(o.group())) c.groupRemoved = true;
            for (CsvLines.Line line : o.lines()) c.removed.add(fact(o, line));
        }
        return c;
    }

    private void compare(PackageData.Resource o, PackageData.Resource r) {
        if (!shape(o).equals(shape(r))) tablesReshaped.add(table(r));
        List<String> fields = new ArrayList<>(new LinkedHashSet<>(concat(r.fieldNames(), o.fieldNames())));
        Map<List<String>, CsvLines.Line> oldRows = new LinkedHashMap<>();
        for (CsvLines.Line line : o.lines()) oldRows.put(keyValues(o, line), line);
        Set<List<String>> kept = new LinkedHashSet<>();
        for (CsvLines.Line line : r.lines()) {
            List<String> key = keyValues(r, line);
            CsvLines.Line was = oldRows.get(key);
            if (was == null) {
                added.add(fact(r, line));
                continue;
            }
            kept.add(key);
            Map<String, List<String>> diff = new LinkedHashMap<>();
            for (String f : fields) {
                String a = was.get(f), b = line.get(f);
                if (!a.equals(b)) diff.put(f, List.of(a, b));
            }
            if (!diff.isEmpty()) changed.add(new Changed(id(r, line), table(r), key(r, line), diff));
        }
        for (Map.Entry<List<String>, CsvLines.Line> e : oldRows.entrySet()) {
            if (!kept.contains(e.getKey())) removed.add(fact(o, e.getValue()));
        }
    }

    boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && tablesAdded.isEmpty() && tablesRemoved.isEmpty()
                && tablesReshaped.isEmpty();
    }

    /** How much the version moves (the Data Package version recipe). */
    Version.Bump bump() {
        if (!tablesReshaped.isEmpty() || groupRemoved) return Version.Bump.MAJOR;
        if (!added.isEmpty() || !removed.isEmpty() || !tablesAdded.isEmpty() || !tablesRemoved.isEmpty()) return Version.Bump.MINOR;
        return Version.Bump.PATCH;
    }

    /** CHANGES.json. */
    Map<String, Object> json(String version, String previous, String created) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("previous", previous);
        m.put("created", created);
        m.put("summary", About.map("added", added.size(), "changed", changed.size(), "removed", removed.size()));
        m.put("tables", About.map("added", tablesAdded, "removed", tablesRemoved, "reshaped", tablesReshaped));
        m.put("added", added.stream().map(f -> About.map("id", f.id(), "table", f.table(), "key", f.key(), "row", f.row())).toList());
        m.put("changed", changed.stream().map(c -> About.map("id", c.id(), "table", c.table(), "key", c.key(), "fields",
                fieldsJson(c.fields()))).toList());
        m.put("removed", removed.stream().map(f -> About.map("id", f.id(), "table", f.table(), "key", f.key(), "row", f.row())).toList());
        return m;
    }

    private static Map<String, Object> fieldsJson(Map<String, List<String>> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((f, ab) -> out.put(f, About.map("before", ab.get(0), "after", ab.get(1))));
        return out;
    }

    /** The table of a resource as its stable ids name it: the path without {@code .csv}. */
    static String table(PackageData.Resource r) {
        String p = r.path();
        return p.endsWith(".csv") ? p.substring(0, p.length() - 4) : p;
    }

    static String id(PackageData.Resource r, CsvLines.Line line) {
        return table(r) + "/" + String.join("/", keyValues(r, line));
    }

    private static Fact fact(PackageData.Resource r, CsvLines.Line line) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String f : r.fieldNames()) row.put(f, line.get(f));
        return new Fact(id(r, line), table(r), key(r, line), row);
    }

    private static Map<String, String> key(PackageData.Resource r, CsvLines.Line line) {
        Map<String, String> k = new LinkedHashMap<>();
        for (String f : r.primaryKey()) k.put(f, line.get(f));
        return k;
    }

    private static List<String> keyValues(PackageData.Resource r, CsvLines.Line line) {
        return r.primaryKey().stream().map(line::get).toList();
    }

    /** The field names and types of a resource, which a reader's code depends on. */
    private static List<String> shape(PackageData.Resource r) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : r.descriptor().path("schema").path("fields")) out.add(f.path("name").asText() + ":" + f.path("type").asText());
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
