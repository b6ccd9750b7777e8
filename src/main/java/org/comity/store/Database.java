package org.comity.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/** A connection pool with the schema migrated to the latest version, and JDBI on top of it. */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final DbConfig config;

    private Database(DbConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    public static Database open(DbConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.url());
        if (config.user() != null) hc.setUsername(config.user());
        if (config.password() != null) hc.setPassword(config.password());
        hc.setMaximumPoolSize(4);
        hc.setMinimumIdle(1); // a CLI command needs one connection; do not open four at start-up
        hc.setPoolName("comity");
        hc.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + config.describe() + ": " + rootMessage(e), e);
        }
        try {
            if (!upToDate(pool)) Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot migrate " + config.describe() + ": " + rootMessage(e), e);
        }
        return new Database(config, pool);
    }

    /**
     * The newest migration under db/migration (a test keeps it in step). When the schema history already
     * records it, Flyway is not loaded at all: that saves a third of a second on every command.
     */
    public static final int SCHEMA_VERSION = 9;

    private static boolean upToDate(HikariDataSource pool) {
        try (var c = pool.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION;
        } catch (java.sql.SQLException e) {
            return false; // no history table yet: a new database, which Flyway creates
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
}
