package org.comity.store;

import java.nio.file.Path;
import java.util.Map;

/** Which database to use: the embedded H2 file by default, PostgreSQL when a URL says so. */
public record DbConfig(String url, String user, String password) {

    /**
     * From an explicit {@code --db} URL, else {@code COMITY_DB_URL} (with {@code COMITY_DB_USER} and
     * {@code COMITY_DB_PASSWORD}), else the H2 file under {@code COMITY_HOME} (default {@code ~/.comity}).
     */
    public static DbConfig resolve(String explicitUrl, Map<String, String> env) {
        String url = explicitUrl != null ? explicitUrl : env.get("COMITY_DB_URL");
        if (url != null && !url.isBlank()) {
            return new DbConfig(url, env.getOrDefault("COMITY_DB_USER", defaultUser(url)), env.get("COMITY_DB_PASSWORD"));
        }
        return embedded(home(env));
    }

    public static Path home(Map<String, String> env) {
        String home = env.get("COMITY_HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".comity");
    }

    /**
     * An H2 file in {@code dir}; AUTO_SERVER lets a CLI command share the file with a running server. The
     * other settings keep the file whole when the process is killed (docs/reliability.md): a commit is on
     * disk before the command says it is done (WRITE_DELAY=0), and H2 never moves chunks of the file about,
     * neither in the background nor on close (AUTO_COMPACT_FILL_RATE=0, MAX_COMPACT_TIME=0) — the moves are
     * where a kill tore stores. Space freed by a replace is reused by the next write instead.
     */
    public static DbConfig embedded(Path dir) {
        return new DbConfig("jdbc:h2:file:" + dir.toAbsolutePath().resolve("comity")
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;AUTO_COMPACT_FILL_RATE=0;MAX_COMPACT_TIME=0", "sa", "");
    }

    /** PostgreSQL: none, so that a user= in the URL, or else the driver's default (the OS user), applies. */
    private static String defaultUser(String url) {
        return url.startsWith("jdbc:postgresql:") ? null : "sa";
    }

    /** The URL without credentials, for messages. */
    public String describe() {
        return url.replaceAll("password=[^&;]*", "password=***");
    }
}
