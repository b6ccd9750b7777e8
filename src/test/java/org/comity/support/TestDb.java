package org.comity.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.comity.store.DbConfig;

/**
 * A fresh, empty database for one test. H2 (a file in a temporary directory) unless the build runs with
 * {@code -Dcomity.test.db=postgres}: then a new schema in the PostgreSQL database named by
 * {@code COMITY_TEST_PG_URL} (default jdbc:postgresql://127.0.0.1:5432/test), dropped on close.
 */
public final class TestDb implements AutoCloseable {

    private final DbConfig config;
    private final String schema;

    private TestDb(DbConfig config, String schema) {
        this.config = config;
        this.schema = schema;
    }

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("comity.test.db", ""));
    }

    public static TestDb create() {
        try {
            if (!postgres()) {
                return new TestDb(DbConfig.embedded(Files.createTempDirectory("comity-h2")), null);
            }
            String base = pgUrl();
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(base, pgUser(), "")) {
                c.createStatement().execute("CREATE SCHEMA " + schema);
            }
            String sep = base.contains("?") ? "&" : "?";
            return new TestDb(new DbConfig(base + sep + "currentSchema=" + schema + "&user=" + pgUser(), null, null), schema);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
    }

    private static String pgUrl() {
        String url = System.getenv("COMITY_TEST_PG_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : url;
    }

    private static String pgUser() {
        String user = System.getenv("COMITY_TEST_PG_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    public DbConfig config() {
        return config;
    }

    public String url() {
        return config.url();
    }

    /** A plain JDBC connection to this database (to write a store's tables as an older schema had them). */
    public Connection connect() throws SQLException {
        return config.user() == null ? DriverManager.getConnection(url()) : DriverManager.getConnection(url(), config.user(), config.password());
    }

    /** Migrates this database's schema up to {@code version} only (a store as an older Comity left it). */
    public void migrateTo(String version) {
        org.flywaydb.core.Flyway.configure().dataSource(url(), config.user(), config.password()).locations("classpath:db/migration")
                .target(version).load().migrate();
    }

    @Override
    public void close() {
        if (schema == null) return;
        try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), "")) {
            c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository's data directory (record/, mappings/, extracts/). */
    public static Path dataDir() {
        return Path.of("data").toAbsolutePath();
    }

    /** The curated record: the dataset the store holds. */
    public static Path recordDir() {
        return dataDir().resolve("record");
    }

    /** The curated files the importers read. */
    public static Path mappingsDir() {
        return dataDir().resolve("mappings");
    }

    /** What commands derived from published statistics. */
    public static Path extractsDir() {
        return dataDir().resolve("extracts");
    }
}
