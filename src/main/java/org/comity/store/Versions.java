package org.comity.store;

import java.time.OffsetDateTime;
import org.jdbi.v3.core.Handle;

/** The dataset version, raised by every write in the writer's transaction, and the audit log beside it. */
public final class Versions {

    private Versions() {}

    static long bump(Handle h, String command, String detail) {
        h.execute("UPDATE \"dataset_version\" SET \"version\" = \"version\" + 1 WHERE \"id\" = 1");
        long version = current(h);
        h.createUpdate("INSERT INTO \"audit_log\" (\"at\", \"command\", \"detail\", \"version\") VALUES (?, ?, ?, ?)")
                .bind(0, OffsetDateTime.now()).bind(1, command).bind(2, detail).bind(3, version).execute();
        // Other nodes on the same PostgreSQL database LISTEN on this channel; the notice is sent at commit.
        if (isPostgres(h)) h.createQuery("SELECT pg_notify(?, ?)").bind(0, CHANNEL).bind(1, String.valueOf(version)).mapTo(String.class).one();
        return version;
    }

    /** The PostgreSQL channel every write notifies (store.ChangeListener listens on it). */
    public static final String CHANNEL = "comity_dataset";

    private static boolean isPostgres(Handle h) {
        try {
            return h.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new StoreException("cannot tell the database's kind: " + e.getMessage(), e);
        }
    }

    static long current(Handle h) {
        return h.createQuery("SELECT \"version\" FROM \"dataset_version\" WHERE \"id\" = 1").mapTo(Long.class).one();
    }
}
