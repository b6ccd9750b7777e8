package org.comity.store;

import java.time.OffsetDateTime;
import org.jdbi.v3.core.Handle;

/** The dataset version, raised by every write in the writer's transaction, and the audit log beside it. */
final class Versions {

    private Versions() {}

    static long bump(Handle h, String command, String detail) {
        h.execute("UPDATE \"dataset_version\" SET \"version\" = \"version\" + 1 WHERE \"id\" = 1");
        long version = current(h);
        h.createUpdate("INSERT INTO \"audit_log\" (\"at\", \"command\", \"detail\", \"version\") VALUES (?, ?, ?, ?)")
                .bind(0, OffsetDateTime.now()).bind(1, command).bind(2, detail).bind(3, version).execute();
        return version;
    }

    static long current(Handle h) {
        return h.createQuery("SELECT \"version\" FROM \"dataset_version\" WHERE \"id\" = 1").mapTo(Long.class).one();
    }
}
