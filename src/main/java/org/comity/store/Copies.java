package org.comity.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The two copies of a store that is replaced whole (V10__store_copies.sql): readers read the live copy; a
 * write empties the other, fills it in committed batches and then makes it live in one short transaction.
 * Whatever moment the writer is killed at, the live copy is untouched: the store holds the whole old data
 * or, once the switch has committed, the whole new. A second writer of the same store at the same time is
 * refused (the first holds the store's row in {@code store_copies} until it switches).
 */
public final class Copies {

    private static final int BATCH = 5_000;

    private final Database db;
    private final String store;
    private final List<String> tables;

    public Copies(Database db, String store, List<String> tables) {
        this.db = db;
        this.store = store;
        this.tables = tables;
    }

    /** The live copy of {@code table} (a base name such as {@code funding_revenue}), quoted for SQL. */
    public String live(Handle h, String table) {
        return q(table + "_" + liveCopy(h));
    }

    /** The live copy's table names, read once for a read of several tables ({@code names.of("organizations")}). */
    public Names names(Handle h) {
        int copy = liveCopy(h);
        return table -> q(table + "_" + copy);
    }

    /** A base table name to the quoted name of its live copy. */
    @FunctionalInterface
    public interface Names {
        String of(String table);
    }

    private int liveCopy(Handle h) {
        return h.createQuery("SELECT \"live\" FROM \"store_copies\" WHERE \"store\" = ?").bind(0, store).mapTo(Integer.class).one();
    }

    /**
     * Fills the standby copy with {@code fill} and makes it live, running {@code commit} (version, audit log)
     * in the same transaction as the switch; returns what {@code commit} returns.
     */
    public <T> T replace(Consumer<Filler> fill, Function<Handle, T> commit) {
        try (Handle lock = db.jdbi().open()) {
            lock.begin();
            try {
                int standby = 1 - claim(lock);
                try (Handle h = db.jdbi().open()) {
                    for (String t : tables) h.execute("TRUNCATE TABLE " + q(t + "_" + standby));
                    h.begin();
                    Filler filler = new Filler(h, standby);
                    fill.accept(filler);
                    filler.flush();
                    h.commit();
                }
                lock.createUpdate("UPDATE \"store_copies\" SET \"live\" = ? WHERE \"store\" = ?").bind(0, standby).bind(1, store).execute();
                T result = commit.apply(lock);
                lock.commit();
                return result;
            } catch (RuntimeException e) {
                lock.rollback();
                throw e;
            }
        }
    }

    /** Takes the store's row for this writer; another writer holding it is an error, not a wait. */
    private int claim(Handle lock) {
        boolean postgres = db.config().url().startsWith("jdbc:postgresql:");
        if (!postgres) lock.execute("SET LOCK_TIMEOUT 500");
        try {
            return lock.createQuery("SELECT \"live\" FROM \"store_copies\" WHERE \"store\" = ? FOR UPDATE" + (postgres ? " NOWAIT" : ""))
                    .bind(0, store).mapTo(Integer.class).one();
        } catch (RuntimeException e) {
            throw new BusyException("another command is writing the " + store + " store right now; nothing was written "
                    + "(run this again when it has ended)", e);
        }
    }

    /** Rows for the standby copy, written in batches with a commit after each (no huge transaction). */
    public final class Filler {
        private final Handle h;
        private final int copy;
        private final List<Batch> open = new ArrayList<>();

        private Filler(Handle h, int copy) {
            this.h = h;
            this.copy = copy;
        }

        /** A batch of rows for {@code table} (a base name), with these columns after the row's place. */
        public Batch into(String table, String... columns) {
            String sql = "INSERT INTO " + q(table + "_" + copy) + " (\"ord\", "
                    + List.of(columns).stream().map(Copies::q).collect(Collectors.joining(", ")) + ") VALUES (?"
                    + ", ?".repeat(columns.length) + ")";
            Batch b = new Batch(h, sql);
            open.add(b);
            return b;
        }

        private void flush() {
            for (Batch b : open) b.flush();
        }
    }

    /**
     * One table's rows; {@link #add} takes the values in the order of the columns given. Plain JDBC: binding
     * through JDBI cost as much as H2's own work for the 87,000 rows of a CEB import.
     */
    public static final class Batch {
        private final Handle h;
        private final String sql;
        private java.sql.PreparedStatement statement;
        private int ord;
        private int pending;

        private Batch(Handle h, String sql) {
            this.h = h;
            this.sql = sql;
        }

        public void add(Object... values) {
            try {
                if (statement == null) statement = h.getConnection().prepareStatement(sql);
                statement.setInt(1, ++ord);
                for (int i = 0; i < values.length; i++) set(i + 2, values[i]);
                statement.addBatch();
            } catch (java.sql.SQLException e) {
                throw new StoreException("cannot write " + sql.substring(0, sql.indexOf('(')) + ": " + Database.rootMessage(e), e);
            }
            if (++pending == BATCH) {
                flush();
                h.commit();
                h.begin();
            }
        }

        /** Typed setters where the value's type is known: setObject works the type out again for every value. */
        private void set(int column, Object v) throws java.sql.SQLException {
            if (v == null) statement.setNull(column, java.sql.Types.NULL);
            else if (v instanceof String t) statement.setString(column, t);
            else if (v instanceof Integer n) statement.setInt(column, n);
            else if (v instanceof java.math.BigDecimal d) statement.setBigDecimal(column, d);
            else if (v instanceof Boolean b) statement.setBoolean(column, b);
            else statement.setObject(column, v);
        }

        private void flush() {
            try {
                if (pending > 0) statement.executeBatch();
                if (statement != null) statement.close();
            } catch (java.sql.SQLException e) {
                throw new StoreException("cannot write " + sql.substring(0, sql.indexOf('(')) + ": " + Database.rootMessage(e), e);
            }
            pending = 0;
            statement = null;
        }
    }

    /** Another writer holds the store. */
    public static final class BusyException extends StoreException {
        BusyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static String q(String identifier) {
        return "\"" + identifier + "\"";
    }
}
