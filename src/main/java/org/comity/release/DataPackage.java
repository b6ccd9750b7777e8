package org.comity.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.dataset.DatasetWriter;
import org.comity.dataset.Table;

/**
 * The Frictionless Data Package descriptor (datapackage.json, v2) of the tables {@code comity export}
 * writes: one resource per CSV file, each with the Table Schema made from its declaration in
 * {@code Tables} ({@link Fields}) and its keys ({@link Keys}), and the file's size and SHA-256.
 */
public final class DataPackage {

    public static final String FILE = "datapackage.json";
    public static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
    /** Our own resource properties: the group a resource belongs to, and the kind of published id it holds. */
    static final String GROUP = "comity:group";
    static final String ID_KIND = "comity:idKind";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DataPackage() {}

    /**
     * What {@code comity export} writes beside the tables: a descriptor whose version is the content's
     * fingerprint ({@code 0.0.0+} twelve hex digits), since only {@code comity release} gives versions.
     */
    public static DatasetWriter.Finish forExport(LocalDate created) {
        return (dir, tables) -> {
            Map<String, Object> d = describe(dir, tables, "0.0.0", created);
            d.put("version", "0.0.0+" + fingerprint(d));
            write(dir, d);
        };
    }

    /** The descriptor of {@code tables}, whose files are in {@code dir}. */
    static Map<String, Object> describe(Path dir, List<Table<?>> tables, String version, LocalDate created) throws IOException {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("$schema", PROFILE);
        d.put("name", About.NAME);
        d.put("title", About.TITLE);
        d.put("description", About.DESCRIPTION);
        d.put("version", version);
        d.put("created", created.atStartOfDay(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT));
        d.put("keywords", About.KEYWORDS);
        d.put("licenses", About.licenses());
        d.put("sources", About.sources());
        d.put("contributors", About.contributors());
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Table<?> t : tables) resources.add(resource(dir, t));
        d.put("resources", resources);
        return d;
    }

    static void write(Path dir, Map<String, Object> descriptor) throws IOException {
        JSON.writeValue(dir.resolve(FILE).toFile(), descriptor);
    }

    /** The name of a table's resource: its path without {@code .csv}, {@code /} as {@code -} (members-who). */
    static String resourceName(Table<?> t) {
        return t.file().substring(0, t.file().length() - ".csv".length()).replace('/', '-');
    }

    private static Map<String, Object> resource(Path dir, Table<?> t) throws IOException {
        Keys.Entry keys = Keys.of(t);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", resourceName(t));
        r.put("type", "table");
        r.put("path", t.file());
        if (keys != null) r.put("title", keys.title());
        if (keys != null && keys.fileKey() != null) {
            Keys.FileKey fk = keys.fileKey();
            r.put("description", "The rows of " + fk.column() + " '" + t.name() + "': the file's name is a " + fk.field() + " of "
                    + fk.table() + ".");
            r.put(GROUP, About.map("table", Keys.group(t), "field", fk.column(), "value", t.name(),
                    "reference", About.map("resource", fk.table(), "fields", List.of(fk.field()))));
        }
        if (keys != null && keys.idKind() != null) r.put(ID_KIND, keys.idKind());
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        Path file = dir.resolve(t.file());
        r.put("bytes", Files.size(file));
        r.put("hash", "sha256:" + sha256(file));
        r.put("dialect", About.map("header", true, "delimiter", ",", "lineTerminator", "\n", "quoteChar", "\"", "doubleQuote", true));
        r.put("schema", schema(t, keys));
        return r;
    }

    private static Map<String, Object> schema(Table<?> t, Keys.Entry keys) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("fields", Fields.columns(t).stream().map(Fields::field).toList());
        s.put("missingValues", List.of(""));
        if (keys == null) return s;
        s.put("primaryKey", keys.primaryKey());
        if (!keys.uniqueKeys().isEmpty()) s.put("uniqueKeys", keys.uniqueKeys());
        if (!keys.foreignKeys().isEmpty()) {
            s.put("foreignKeys", keys.foreignKeys().stream().map(fk -> {
                Map<String, Object> reference = new LinkedHashMap<>();
                if (fk.table() != null) reference.put("resource", fk.table());
                reference.put("fields", fk.references());
                return About.map("fields", fk.fields(), "reference", reference);
            }).toList());
        }
        return s;
    }

    /** Twelve hex digits standing for the content: the resources' paths and hashes. */
    static String fingerprint(Map<String, Object> descriptor) {
        StringBuilder b = new StringBuilder();
        for (Object o : (List<?>) descriptor.get("resources")) {
            Map<?, ?> r = (Map<?, ?>) o;
            b.append(r.get("path")).append(' ').append(r.get("hash")).append('\n');
        }
        return sha256(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
