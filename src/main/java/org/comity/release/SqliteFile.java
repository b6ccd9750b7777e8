package org.comity.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.comity.dataset.CsvLines;

/**
 * The tables of a Data Package as one SQLite file, for readers who want SQL rather than CSV. A table per
 * resource, named with {@code _} for {@code -} ({@code member_lists}); the resources of one directory share
 * one table with the file name as its first column ({@code members} with {@code org}, {@code actions} with
 * {@code instrument}). Integer fields are INTEGER, the rest TEXT, an empty cell is NULL; primary keys,
 * unique keys and references are declared, and {@code PRAGMA foreign_key_check} is clean before the file is
 * kept. Table {@code about} holds the package's name, version, licence and citation.
 */
final class SqliteFile {

    private SqliteFile() {}

    static void write(PackageData pkg, Path file, String citation) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE about (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            }
            Map<String, String> about = new LinkedHashMap<>();
            about.put("name", pkg.descriptor.path("name").asText());
            about.put("title", pkg.descriptor.path("title").asText());
            about.put("version", pkg.version());
            about.put("created", pkg.descriptor.path("created").asText());
            about.put("license", pkg.descriptor.path("licenses").path(0).path("name").asText());
            about.put("citation", citation);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO about VALUES (?, ?)")) {
                for (var e : about.entrySet()) {
                    p.setString(1, e.getKey());
                    p.setString(2, e.getValue());
                    p.executeUpdate();
                }
            }
            List<String> created = new ArrayList<>();
            for (PackageData.Resource r : pkg.resources.values()) {
                String table = sqlName(r.group());
                JsonNode group = r.groupKey();
                if (!created.contains(table)) {
                    try (Statement s = c.createStatement()) {
                        s.execute(createTable(table, r, group));
                    }
                    created.add(table);
                }
                insert(c, table, r, group);
            }
            try (Statement s = c.createStatement(); ResultSet bad = s.executeQuery("PRAGMA foreign_key_check")) {
                if (bad.next()) {
                    throw new SQLException("table " + bad.getString(1) + " row " + bad.getLong(2) + " refers to a missing row of "
                            + bad.getString(3));
                }
            }
            c.commit();
        }
    }

    static String sqlName(String name) {
        return name.replace('-', '_');
    }

    private static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String createTable(String table, PackageData.Resource r, JsonNode group) {
        JsonNode schema = r.descriptor().path("schema");
        List<String> columns = new ArrayList<>();
        List<String> pk = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        if (group != null) {
            String field = group.path("field").asText();
            columns.add(q(field) + " TEXT NOT NULL");
            pk.add(field);
            JsonNode ref = group.path("reference");
            constraints.add("FOREIGN KEY (" + q(field) + ") REFERENCES " + q(sqlName(ref.path("resource").asText())) + " ("
                    + PackageCheck.strings(ref.path("fields")).stream().map(SqliteFile::q).collect(Collectors.joining(", ")) + ")");
        }
        for (JsonNode f : schema.path("fields")) {
            boolean required = f.path("constraints").path("required").asBoolean(false);
            columns.add(q(f.path("name").asText()) + ("integer".equals(f.path("type").asText()) ? " INTEGER" : " TEXT")
                    + (required ? " NOT NULL" : ""));
        }
        pk.addAll(r.primaryKey());
        constraints.add(0, "PRIMARY KEY (" + pk.stream().map(SqliteFile::q).collect(Collectors.joining(", ")) + ")");
        for (JsonNode uk : schema.path("uniqueKeys")) {
            constraints.add("UNIQUE (" + PackageCheck.strings(uk).stream().map(SqliteFile::q).collect(Collectors.joining(", ")) + ")");
        }
        for (JsonNode fk : schema.path("foreignKeys")) {
            String target = fk.path("reference").path("resource").asText("");
            constraints.add("FOREIGN KEY (" + PackageCheck.strings(fk.path("fields")).stream().map(SqliteFile::q).collect(Collectors.joining(", "))
                    + ") REFERENCES " + q(sqlName(target.isEmpty() ? r.group() : target)) + " ("
                    + PackageCheck.strings(fk.path("reference").path("fields")).stream().map(SqliteFile::q).collect(Collectors.joining(", ")) + ")");
        }
        columns.addAll(constraints);
        return "CREATE TABLE " + q(table) + " (" + String.join(", ", columns) + ")";
    }

    private static void insert(Connection c, String table, PackageData.Resource r, JsonNode group) throws SQLException {
        List<String> fields = r.fieldNames();
        List<String> names = new ArrayList<>();
        if (group != null) names.add(group.path("field").asText());
        names.addAll(fields);
        List<Boolean> integer = new ArrayList<>();
        for (JsonNode f : r.descriptor().path("schema").path("fields")) integer.add("integer".equals(f.path("type").asText()));
        String sql = "INSERT INTO " + q(table) + " (" + names.stream().map(SqliteFile::q).collect(Collectors.joining(", ")) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (CsvLines.Line line : r.lines()) {
                int i = 1;
                if (group != null) p.setString(i++, group.path("value").asText());
                for (int k = 0; k < fields.size(); k++) {
                    String v = line.get(fields.get(k));
                    if (v.isEmpty()) p.setNull(i++, java.sql.Types.NULL);
                    else if (integer.get(k)) p.setLong(i++, Long.parseLong(v));
                    else p.setString(i++, v);
                }
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
