package org.comity.release;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The releases in a directory, newest first: each is a subdirectory named by its version
 * ({@code DIR/1.2.0/}) holding {@code release.json} and the files it lists. Read from the directory
 * itself each time, so there is no index to fall out of step.
 */
public final class Releases {

    public static final String RELEASE_FILE = "release.json";

    /** One file of a release. */
    public record File(String name, long bytes, String sha256, String mediatype, String title) {}

    /** One published release, as its release.json describes it. */
    public record Published(String version, String created, String previous, List<File> files, int added, int changed,
                            int removed, String temporalStart, String temporalEnd, Path dir) {

        /** The file of this release called {@code name}, or null (a request for any other name is refused). */
        public File file(String name) {
            for (File f : files) if (f.name().equals(name)) return f;
            return null;
        }

        /** The Data Package as a zip: the download to cite. */
        public File zip() {
            for (File f : files) if (f.name().endsWith(".zip")) return f;
            return null;
        }

        public String citation(String url) {
            return About.citation(version, created, url);
        }
    }

    private Releases() {}

    /** Every release in {@code dir}, newest first; none when the directory does not exist. */
    public static List<Published> in(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        List<Published> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path sub : s.toList()) {
                Version v = Version.parse(sub.getFileName().toString());
                Path meta = sub.resolve(RELEASE_FILE);
                if (v != null && Files.isRegularFile(meta)) out.add(read(sub, DataPackage.JSON.readTree(meta.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing((Published p) -> Version.parse(p.version())).reversed());
        return out;
    }

    /** The newest release in {@code dir}, or null. */
    public static Published latest(Path dir) {
        List<Published> all = in(dir);
        return all.isEmpty() ? null : all.get(0);
    }

    private static Published read(Path dir, JsonNode m) {
        List<File> files = new ArrayList<>();
        for (JsonNode f : m.path("files")) {
            files.add(new File(f.path("name").asText(), f.path("bytes").asLong(), f.path("sha256").asText(), f.path("mediatype").asText(),
                    f.path("title").asText()));
        }
        JsonNode s = m.path("summary");
        return new Published(m.path("version").asText(), m.path("created").asText(), m.path("previous").isNull() ? null
                : m.path("previous").asText(null), List.copyOf(files), s.path("added").asInt(), s.path("changed").asInt(),
                s.path("removed").asInt(), m.path("temporal").path("start").asText(null), m.path("temporal").path("end").asText(null), dir);
    }
}
