package org.comity.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.comity.store.DbConfig;

/**
 * The releases a server offers (its {@code --releases} directory), read again only when the directory
 * changes: a release is renamed into it whole, which touches the directory. Cheap enough to ask on every
 * request, so a page always cites the release the site serves.
 */
public final class ReleaseShelf {

    public static final String VARIABLE = "COMITY_RELEASES";

    private final Path dir;
    private volatile FileTime seen;
    private volatile List<Releases.Published> releases = List.of();

    public ReleaseShelf(Path dir) {
        this.dir = dir;
    }

    /** {@code --releases}, else {@code COMITY_RELEASES}, else {@code releases/} under COMITY_HOME (default ~/.comity). */
    public static Path directory(String option, Map<String, String> env) {
        if (option != null && !option.isBlank()) return Path.of(option);
        String fromEnv = env.get(VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv);
        return DbConfig.home(env).resolve("releases");
    }

    public Path dir() {
        return dir;
    }

    /** Every release, newest first. */
    public List<Releases.Published> all() {
        FileTime now;
        try {
            now = Files.isDirectory(dir) ? Files.getLastModifiedTime(dir) : null;
        } catch (IOException e) {
            now = null;
        }
        if (now == null) return List.of();
        if (!now.equals(seen)) {
            synchronized (this) {
                if (!now.equals(seen)) {
                    releases = Releases.in(dir);
                    seen = now;
                }
            }
        }
        return releases;
    }

    /** The newest release, or null when none was made. */
    public Releases.Published latest() {
        List<Releases.Published> all = all();
        return all.isEmpty() ? null : all.get(0);
    }
}
