package org.comity.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.comity.dataset.CsvLines;
import org.comity.dataset.DatasetException;
import org.comity.dataset.Problem;

/**
 * A Data Package read back from a directory or a zip: its descriptor and, per resource, the CSV header
 * and lines. It knows only what the descriptor says, so a release written by an older Comity (other
 * tables, other columns) reads as well as today's.
 */
final class PackageData {

    /** One resource: its descriptor, its file's header and data lines. */
    record Resource(JsonNode descriptor, List<String> header, List<CsvLines.Line> lines) {

        String name() {
            return descriptor.path("name").asText();
        }

        String path() {
            return descriptor.path("path").asText();
        }

        List<String> fieldNames() {
            List<String> out = new ArrayList<>();
            for (JsonNode f : descriptor.path("schema").path("fields")) out.add(f.path("name").asText());
            return out;
        }

        /** The fields that identify a row; the whole row when none is declared. */
        List<String> primaryKey() {
            JsonNode pk = descriptor.path("schema").path("primaryKey");
            if (pk.isTextual()) return List.of(pk.asText());
            List<String> out = new ArrayList<>();
            for (JsonNode f : pk) out.add(f.asText());
            return out.isEmpty() ? fieldNames() : out;
        }

        /** The group of a resource in a directory ({@code actions}), else its own name. */
        String group() {
            JsonNode g = descriptor.path(DataPackage.GROUP);
            return g.isMissingNode() ? name() : g.path("table").asText();
        }

        /** The column a group's file name stands for ({@code instrument}) and its value, or null. */
        JsonNode groupKey() {
            JsonNode g = descriptor.path(DataPackage.GROUP);
            return g.isMissingNode() ? null : g;
        }

        String idKind() {
            JsonNode k = descriptor.path(DataPackage.ID_KIND);
            return k.isMissingNode() ? null : k.asText();
        }
    }

    final JsonNode descriptor;
    final Map<String, Resource> resources;

    private PackageData(JsonNode descriptor, Map<String, Resource> resources) {
        this.descriptor = descriptor;
        this.resources = resources;
    }

    String version() {
        return descriptor.path("version").asText();
    }

    interface Opener {
        /** The stream of {@code path} inside the package, or null when absent. */
        InputStream open(String path) throws IOException;
    }

    /** Reads a package from a directory holding datapackage.json, or from a zip with it at its root. */
    static PackageData read(Path dirOrZip) {
        try {
            if (Files.isDirectory(dirOrZip)) {
                return read(dirOrZip.toString(), p -> {
                    Path f = dirOrZip.resolve(p).normalize();
                    return f.startsWith(dirOrZip) && Files.isRegularFile(f) ? Files.newInputStream(f) : null;
                });
            }
            try (ZipFile zip = new ZipFile(dirOrZip.toFile())) {
                return read(dirOrZip.toString(), p -> {
                    ZipEntry e = zip.getEntry(p);
                    return e == null ? null : zip.getInputStream(e);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PackageData read(String where, Opener files) throws IOException {
        JsonNode descriptor;
        try (InputStream in = files.open(DataPackage.FILE)) {
            if (in == null) throw bad(where, DataPackage.FILE, "no " + DataPackage.FILE + " in " + where);
            descriptor = DataPackage.JSON.readTree(in);
        }
        Map<String, Resource> resources = new LinkedHashMap<>();
        for (JsonNode r : descriptor.path("resources")) {
            String path = r.path("path").asText();
            List<Problem> problems = new ArrayList<>();
            List<CsvLines.Line> lines = new ArrayList<>();
            List<String> header;
            try (InputStream in = files.open(path)) {
                if (in == null) throw bad(where, path, "resource '" + r.path("name").asText() + "' has no file " + path + " in " + where);
                byte[] bytes = in.readAllBytes();
                try (Reader h = reader(bytes)) {
                    header = CsvLines.header(h);
                }
                try (Reader body = reader(bytes)) {
                    CsvLines.read(body, path, List.of(), lines::add, problems);
                }
            }
            if (!problems.isEmpty()) throw new DatasetException(problems);
            resources.put(r.path("name").asText(), new Resource(r, header, lines));
        }
        return new PackageData(descriptor, resources);
    }

    private static Reader reader(byte[] bytes) {
        return new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    private static DatasetException bad(String where, String file, String message) {
        return new DatasetException(new Problem(file, 0, null, where, message));
    }
}
