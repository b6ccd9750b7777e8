package org.comity.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Many nodes on one PostgreSQL database: every write NOTIFYs {@link Versions#CHANNEL} at commit, and each
 * node LISTENs on its own connection (outside the pool) and calls {@code onChange} as soon as a notice
 * arrives, so a change published on one node is in every node's answers within a second, without polling.
 * A lost connection is opened again; {@code onChange} runs once after each (re)connect, for what was missed.
 */
public final class ChangeListener implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ChangeListener.class);
    /** How long one wait for notices lasts; also how soon {@link #close()} takes effect. */
    private static final int WAIT_MILLIS = 250;

    private final DbConfig config;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean running = true;

    private ChangeListener(DbConfig config, Runnable onChange) {
        this.config = config;
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "comity-listen");
        thread.setDaemon(true);
    }

    /** Listens when {@code config} is a PostgreSQL database; null otherwise (one embedded store has one node). */
    public static ChangeListener startIfShared(DbConfig config, Runnable onChange) {
        if (!config.url().startsWith("jdbc:postgresql:")) return null;
        ChangeListener l = new ChangeListener(config, onChange);
        l.thread.start();
        return l;
    }

    private void loop() {
        while (running) {
            try (Connection c = connect()) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + Versions.CHANNEL);
                }
                react();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
                    if (notices != null && notices.length > 0) react();
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) return;
                LOG.warn("listening for changes failed ({}); trying again in a second", e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private void react() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.warn("reloading after a change failed: {}", e.getMessage());
        }
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        if (config.user() != null) p.setProperty("user", config.user());
        if (config.password() != null) p.setProperty("password", config.password());
        return DriverManager.getConnection(config.url(), p);
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
