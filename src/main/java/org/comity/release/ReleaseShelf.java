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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReleaseShelf.class);

    private final Path dir;
    private static final long LOOK_EVERY_NANOS = 1_000_000_000L;
    private volatile FileTime seen;
    private volatile long lookedAt;
    private volatile boolean looked;
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

    /** Every release, newest first (the directory is looked at again at most once a second). */
    public List<Releases.Published> all() {
        long t = System.nanoTime();
        if (looked && t - lookedAt < LOOK_EVERY_NANOS) return releases;
        lookedAt = t;
        looked = true;
        FileTime now;
        try {
            now = Files.isDirectory(dir) ? Files.getLastModifiedTime(dir) : null;
        } catch (IOException e) {
            now = null;
        }
        if (now == null) {
            seen = null;
            return releases = List.of();
        }
        if (!now.equals(seen)) {
            synchronized (this) {
                if (!now.equals(seen)) {
                    try {
                        releases = Releases.in(dir);
                    } catch (RuntimeException e) {
                        // A release.json that cannot be read must not take the site down: keep serving what was read.
                        LOG.warn("cannot read the releases in {}: {}", dir, e.getMessage());
                    }
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
