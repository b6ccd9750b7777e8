package org.comity.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * A connection pool with the schema migrated to the latest version, and JDBI on top of it.
 *
 * <p>Opening is crash-safe. PostgreSQL runs each migration in a transaction. H2 cannot (its DDL commits),
 * so an embedded store is never changed in place by a migration: a new store is made whole (schema and
 * first-use data) under a temporary name and then linked into place, and a store with pending migrations is
 * migrated on a copy that then replaces it ({@link H2Files}). A store that an older version left half-made
 * is set aside and made again, with one line on stderr.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final DbConfig config;

    private Database(DbConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /** Opens {@code config} with no first-use data (the schema only). */
    public static Database open(DbConfig config) {
        return open(config, db -> {});
    }

    /**
     * Opens {@code config}, migrating the schema; {@code firstUse} fills a store that has just been made.
     * On H2 it runs before the new store is put in place, so a kill leaves no store rather than half of one.
     * On PostgreSQL the caller's seeding is itself per-store atomic and re-run while a store is empty.
     */
    public static Database open(DbConfig config, Consumer<Database> firstUse) {
        H2Files files = H2Files.of(config);
        if (files != null) return files.open(firstUse);
        return migrated(config);
    }

    /** The pool over {@code config}, its schema migrated; nothing else. */
    static Database migrated(DbConfig config) {
        HikariDataSource pool = pool(config);
        try {
            if (!upToDate(pool)) Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new MigrationException("cannot migrate " + config.describe() + ": " + rootMessage(e), e);
        }
        return new Database(config, pool);
    }

    /** The pool over {@code config} without migrating (to look at a store before deciding what to do). */
    static Database unmigrated(DbConfig config) {
        return new Database(config, pool(config));
    }

    private static HikariDataSource pool(DbConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.url());
        if (config.user() != null) hc.setUsername(config.user());
        if (config.password() != null) hc.setPassword(config.password());
        hc.setMaximumPoolSize(4);
        hc.setMinimumIdle(1); // a CLI command needs one connection; do not open four at start-up
        hc.setPoolName("comity");
        hc.setInitializationFailTimeout(10_000);
        try {
            return new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + config.describe() + ": " + rootMessage(e), e);
        }
    }

    /**
     * The newest migration under db/migration (a test keeps it in step). When the schema history already
     * records it, Flyway is not loaded at all: that saves a third of a second on every command.
     */
    public static final int SCHEMA_VERSION = 17;

    private static boolean upToDate(HikariDataSource pool) {
        try (var c = pool.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION;
        } catch (java.sql.SQLException e) {
            return false; // no history table yet: a new database, which Flyway creates
        }
    }

    /** Whether the schema history records every migration. */
    boolean upToDate() {
        return upToDate(pool);
    }

    /** H2: closes the database at once with every change on disk (its connections are dead afterwards). */
    void shutdown() {
        try (var c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            if (!"90121".equals(e.getSQLState())) throw new StoreException("cannot close " + config.describe() + ": " + rootMessage(e), e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DbConfig config() {
        return config;
    }

    @Override
    public void close() {
        pool.close();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** The schema could not be brought to the latest version. */
    static final class MigrationException extends StoreException {
        MigrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
