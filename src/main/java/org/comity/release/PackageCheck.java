package org.comity.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.comity.dataset.CsvLines;
import org.comity.dataset.Problem;

/**
 * Checks a Data Package's rows against its own schema, as a Frictionless validator would: the header is
 * the field list, every cell fits its field (type, required, enum, pattern), primary and unique keys
 * are unique, every foreign key and every file-name reference names an existing row. A release is
 * refused when any of this fails, so a package never contradicts its descriptor.
 */
final class PackageCheck {

    private final PackageData pkg;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Pattern> patterns = new HashMap<>();

    private PackageCheck(PackageData pkg) {
        this.pkg = pkg;
    }

    static List<Problem> check(PackageData pkg) {
        PackageCheck c = new PackageCheck(pkg);
        for (PackageData.Resource r : pkg.resources.values()) c.resource(r);
        return c.problems;
    }

    private void resource(PackageData.Resource r) {
        if (!r.header().equals(r.fieldNames())) {
            problems.add(new Problem(r.path(), 1, null, String.join(",", r.header()),
                    "the header is not the schema's field list " + String.join(",", r.fieldNames())));
            return;
        }
        JsonNode schema = r.descriptor().path("schema");
        for (JsonNode field : schema.path("fields")) {
            for (CsvLines.Line line : r.lines()) cell(line, field);
        }
        List<String> pk = r.primaryKey();
        unique(r, pk, true);
        for (JsonNode uk : schema.path("uniqueKeys")) unique(r, strings(uk), false);
        for (JsonNode fk : schema.path("foreignKeys")) foreignKey(r, fk);
        JsonNode group = r.groupKey();
        if (group != null) {
            Set<String> known = values(group.path("reference").path("resource").asText(), strings(group.path("reference").path("fields")));
            String value = group.path("value").asText();
            if (!known.contains(value)) {
                problems.add(new Problem(r.path(), 0, null, value, "'" + value + "' is not a " + group.path("reference").path("resource").asText()
                        + " " + String.join(",", strings(group.path("reference").path("fields")))));
            }
        }
    }

    private void cell(CsvLines.Line line, JsonNode field) {
        String name = field.path("name").asText();
        String v = line.cells().getOrDefault(name, "");
        JsonNode c = field.path("constraints");
        if (v.isEmpty()) {
            if (c.path("required").asBoolean(false)) problems.add(line.problem(name, "", "is required"));
            return;
        }
        String type = field.path("type").asText("string");
        String wrong = switch (type) {
            case "integer" -> parses(() -> Long.parseLong(v)) ? null : "is not a whole number";
            case "date" -> parses(() -> LocalDate.parse(v)) ? null : "is not a day (YYYY-MM-DD)";
            case "duration" -> parses(() -> Period.parse(v)) ? null : "is not an ISO 8601 duration";
            default -> null;
        };
        if (wrong != null) problems.add(line.problem(name, v, "'" + v + "' " + wrong));
        if (c.has("enum") && !strings(c.path("enum")).contains(v)) {
            problems.add(line.problem(name, v, "'" + v + "' is not one of " + String.join("|", strings(c.path("enum")))));
        }
        if (c.has("pattern") && !patterns.computeIfAbsent(c.path("pattern").asText(), Pattern::compile).matcher(v).find()) {
            problems.add(line.problem(name, v, "'" + v + "' does not match " + c.path("pattern").asText()));
        }
    }

    private void unique(PackageData.Resource r, List<String> key, boolean primary) {
        Set<List<String>> seen = new HashSet<>();
        for (CsvLines.Line line : r.lines()) {
            List<String> k = key.stream().map(line::get).toList();
            if (!primary && k.stream().allMatch(String::isEmpty)) continue; // a unique key allows empty cells
            if (primary && k.stream().anyMatch(String::isEmpty)) {
                problems.add(line.problem(String.join(",", key), "", "a primary key cell is empty"));
            } else if (!seen.add(k)) {
                problems.add(line.problem(String.join(",", key), String.join("/", k), "duplicate " + String.join(",", key)
                        + " '" + String.join("/", k) + "'"));
            }
        }
    }

    private void foreignKey(PackageData.Resource r, JsonNode fk) {
        List<String> fields = strings(fk.path("fields"));
        JsonNode ref = fk.path("reference");
        String table = ref.path("resource").asText(r.name());
        if (table.isEmpty()) table = r.name();
        Set<String> known = values(table, strings(ref.path("fields")));
        for (CsvLines.Line line : r.lines()) {
            String v = String.join("/", fields.stream().map(line::get).toList());
            if (fields.stream().map(line::get).allMatch(String::isEmpty)) continue;
            if (!known.contains(v)) problems.add(line.problem(String.join(",", fields), v, "'" + v + "' is not a " + table
                    + " " + String.join(",", strings(ref.path("fields")))));
        }
    }

    private final Map<String, Set<String>> valuesCache = new HashMap<>();

    /** The values of {@code fields} (joined by /) in every row of resource {@code name}. */
    private Set<String> values(String name, List<String> fields) {
        return valuesCache.computeIfAbsent(name + "#" + fields, k -> {
            Set<String> out = new HashSet<>();
            PackageData.Resource r = pkg.resources.get(name);
            if (r != null) for (CsvLines.Line line : r.lines()) out.add(String.join("/", fields.stream().map(line::get).toList()));
            return out;
        });
    }

    static List<String> strings(JsonNode node) {
        if (node.isTextual()) return List.of(node.asText());
        List<String> out = new ArrayList<>();
        for (JsonNode n : node) out.add(n.asText());
        return out;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
