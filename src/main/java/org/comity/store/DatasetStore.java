package org.comity.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.comity.dataset.DatasetException;
import org.comity.dataset.Row;
import org.comity.dataset.Table;
import org.comity.dataset.Tables;
import org.comity.domain.Action;
import org.comity.domain.Dataset;
import org.comity.domain.Episode;
import org.comity.domain.Instrument;
import org.comity.domain.MemberList;
import org.jdbi.v3.core.Handle;

/**
 * The single writer of the curated dataset. A write replaces the whole dataset: it fills the standby copy of
 * the tables and makes it live in one short transaction ({@link Copies}), so readers see the old data or the
 * new, never a mix, and a writer killed at any moment leaves the old; {@link #load()} reads it back in file order.
 */
public final class DatasetStore {

    /** The dataset's tables (V17__dataset_copies.sql keeps two copies of each), in the order they are filled. */
    private static final List<String> TABLES = List.of("sources", "states", "organizations", "aliases", "instruments",
            "actions", "member_lists", "episodes", "member_counts", "withdrawal_rules", "record_checks", "claims", "claim_checks", "replaced_ids");

    private final Database db;

    public DatasetStore(Database db) {
        this.db = db;
    }

    /** Replaces everything with {@code d} and records {@code command} in the audit log; returns the new version. */
    public long replace(Dataset d, String command) {
        return replace(d, command, IMPORTED);
    }

    /** What a store filled by an import records as its origin (a bundled fill records {@code bundled:<fingerprint>}). */
    public static final String IMPORTED = "import";

    /** Replaces everything with {@code d}, recording where it came from ({@link #origin()}) in the same transaction. */
    public long replace(Dataset d, String command, String origin) {
        return replace(d, command, origin, (h, version) -> {});
    }

    /** What else a write records in its own transaction (the history of the facts it changed, a proposal's status). */
    public interface Alongside {
        void write(Handle h, long version);
    }

    /**
     * As {@link #replace(Dataset, String, String)}, with {@code alongside} in the transaction that makes the new
     * data live: all or nothing. The rows go to the standby copy of the tables first ({@link Copies}), so a
     * writer killed at any moment leaves the live dataset whole.
     */
    public long replace(Dataset d, String command, String origin, Alongside alongside) {
        return copies().replace(fill -> {
            insert(fill, "sources", Tables.SOURCES, d.sources());
            insert(fill, "states", Tables.STATES, d.states());
            insert(fill, "organizations", Tables.ORGANIZATIONS, d.organizations());
            insert(fill, "aliases", Tables.ALIASES, d.aliases());
            insert(fill, "instruments", Tables.INSTRUMENTS, d.instruments());
            insertRows(fill, "actions", actionColumns(), actionRows(d));
            insert(fill, "member_lists", Tables.MEMBER_LISTS, d.memberLists());
            insertRows(fill, "episodes", episodeColumns(), episodeRows(d));
            insert(fill, "member_counts", Tables.MEMBER_COUNTS, d.memberCounts());
            insert(fill, "withdrawal_rules", Tables.WITHDRAWAL_RULES, d.withdrawalRules());
            insert(fill, "record_checks", Tables.CHECKS, d.checks());
            insert(fill, "claims", Tables.CLAIMS, d.claims());
            insert(fill, "claim_checks", Tables.CLAIM_CHECKS, d.claimChecks());
            insert(fill, "replaced_ids", Tables.REPLACED_IDS, d.replacedIds());
        }, h -> {
            h.execute("DELETE FROM \"dataset_origin\"");
            h.createUpdate("INSERT INTO \"dataset_origin\" (\"id\", \"origin\") VALUES (1, ?)").bind(0, origin).execute();
            long version = Versions.bump(h, command, d.organizations().size() + " organizations, " + d.actions().size()
                    + " actions, " + d.memberLists().size() + " member lists, " + d.episodes().size() + " episodes");
            alongside.write(h, version);
            return version;
        });
    }

    private Copies copies() {
        return new Copies(db, "dataset", TABLES);
    }

    public Dataset load() {
        Copies copies = copies();
        return db.jdbi().inTransaction(h -> {
            Copies.Names live = copies.names(h);
            var instruments = select(h, live, "instruments", Tables.INSTRUMENTS);
            Map<String, Instrument> byId = instruments.stream().collect(Collectors.toMap(Instrument::id, i -> i));
            List<Action> actions = new ArrayList<>();
            for (Map<String, String> cells : rows(h, live, "actions", actionColumns())) {
                Instrument i = owner(byId, cells.get("instrument"), "actions", "instruments");
                Row row = new Row("store:actions", Integer.parseInt(cells.get("ord")), cells);
                actions.add(Tables.actions(i).parse().apply(row));
            }
            var lists = select(h, live, "member_lists", Tables.MEMBER_LISTS);
            Map<String, MemberList> listByOrg = lists.stream().collect(Collectors.toMap(MemberList::org, l -> l));
            List<Episode> episodes = new ArrayList<>();
            for (Map<String, String> cells : rows(h, live, "episodes", episodeColumns())) {
                Row row = new Row("store:episodes", Integer.parseInt(cells.get("ord")), cells);
                episodes.add(Tables.members(owner(listByOrg, cells.get("org"), "episodes", "member_lists")).parse().apply(row));
            }
            return new Dataset(select(h, live, "sources", Tables.SOURCES), select(h, live, "organizations", Tables.ORGANIZATIONS),
                    select(h, live, "aliases", Tables.ALIASES), select(h, live, "states", Tables.STATES), instruments, actions,
                    lists, episodes, select(h, live, "member_counts", Tables.MEMBER_COUNTS),
                    select(h, live, "withdrawal_rules", Tables.WITHDRAWAL_RULES), select(h, live, "record_checks", Tables.CHECKS),
                    select(h, live, "claims", Tables.CLAIMS), select(h, live, "claim_checks", Tables.CLAIM_CHECKS),
                    select(h, live, "replaced_ids", Tables.REPLACED_IDS));
        });
    }

    /**
     * The row of {@code owners} that rows of {@code table} belong to. The copies hold no foreign keys (the
     * validator checks every reference before a write), so a row without its owner is reported, not dereferenced.
     */
    private static <T> T owner(Map<String, T> owners, String key, String table, String ownerTable) {
        T owner = owners.get(key);
        if (owner == null) {
            throw new StoreException("the database holds " + table + " of '" + key + "' but no such row in " + ownerTable
                    + "; import the dataset again", null);
        }
        return owner;
    }

    /**
     * The organizations' ids and the states of the stored dataset, without the rest: what an import of
     * funding figures checks its mapping files against, read in a fraction of the time of {@link #load}.
     */
    public org.comity.snapshot.Registry registry() {
        Copies copies = copies();
        return db.jdbi().inTransaction(h -> {
            Copies.Names live = copies.names(h);
            Map<String, String> acronyms = new LinkedHashMap<>();
            h.createQuery("SELECT \"id\", \"acronym\" FROM " + live.of("organizations") + " ORDER BY \"ord\"")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).forEach(r -> acronyms.put(r[0], r[1]));
            return org.comity.snapshot.Registry.of(acronyms, select(h, live, "states", Tables.STATES));
        });
    }

    /** Which database this store writes to (its JDBC URL), to tell stores apart within one process. */
    public String identity() {
        return db.config().url();
    }

    /**
     * Where the stored dataset came from: {@code bundled:<fingerprint>} or {@code import}. A store filled
     * before origins were recorded answers from its audit log: {@code bundled:unknown} unless a dataset
     * was ever imported into it.
     */
    public String origin() {
        return db.jdbi().withHandle(h -> {
            var recorded = h.createQuery("SELECT \"origin\" FROM \"dataset_origin\" WHERE \"id\" = 1").mapTo(String.class).findOne();
            if (recorded.isPresent()) return recorded.get();
            long imports = h.createQuery("SELECT COUNT(*) FROM \"audit_log\" WHERE \"command\" LIKE 'import dataset%'")
                    .mapTo(Long.class).one();
            return imports == 0 ? "bundled:unknown" : IMPORTED;
        });
    }

    public boolean isEmpty() {
        Copies copies = copies();
        return db.jdbi().inTransaction(h -> h.createQuery("SELECT COUNT(*) FROM " + copies.live(h, "organizations")).mapTo(Long.class).one()) == 0;
    }

    /** Whether a write after {@code version} replaced the COW record (its commands name it: import cow, load bundled COW history). */
    public boolean cowWrittenSince(long version) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"audit_log\" WHERE \"version\" > ? AND LOWER(\"command\") LIKE '%cow%'")
                .bind(0, version).mapTo(Long.class).one()) > 0;
    }

    /** Raised by every write; compare to know whether a snapshot is stale. */
    public long version() {
        return db.jdbi().withHandle(Versions::current);
    }

    private static <T> void insert(Copies.Filler fill, String table, Table<T> spec, List<T> records) {
        insertRows(fill, table, spec.columns(), records.stream().map(spec.cells()).toList());
    }

    /** Actions by instrument in the order of the instruments, each instrument's in its file's order. */
    static List<List<String>> actionRows(Dataset d) {
        List<List<String>> rows = new ArrayList<>();
        for (Instrument i : d.instruments()) {
            Table<Action> spec = Tables.actions(i);
            for (Action a : d.actions()) {
                if (!a.instrument().equals(i.id())) continue;
                List<String> cells = new ArrayList<>();
                cells.add(i.id());
                cells.addAll(spec.cells().apply(a));
                rows.add(cells);
            }
        }
        return rows;
    }

    /** Episodes in list order, each list's rows in its file's order. */
    static List<List<String>> episodeRows(Dataset d) {
        List<List<String>> rows = new ArrayList<>();
        for (MemberList l : d.memberLists()) {
            Table<Episode> spec = Tables.members(l);
            for (Episode e : d.episodes()) {
                if (!e.org().equals(l.org())) continue;
                List<String> cells = new ArrayList<>();
                cells.add(l.org());
                cells.addAll(spec.cells().apply(e));
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The columns of {@link #episodeRows}: the body, then a member file's. */
    static List<String> episodeColumns() {
        List<String> columns = new ArrayList<>();
        columns.add("org");
        columns.addAll(Tables.MEMBER_COLUMNS);
        return columns;
    }

    /** The columns of {@link #actionRows}: the instrument, then an action file's. */
    static List<String> actionColumns() {
        List<String> columns = new ArrayList<>();
        columns.add("instrument");
        columns.addAll(Tables.ACTION_COLUMNS);
        return columns;
    }

    /** Rows of cells as the files hold them; an empty cell is stored as NULL. */
    private static void insertRows(Copies.Filler fill, String table, List<String> columns, List<List<String>> rows) {
        if (rows.isEmpty()) return;
        Copies.Batch batch = fill.into(table, columns.toArray(String[]::new));
        Object[] values = new Object[columns.size()];
        for (List<String> cells : rows) {
            for (int i = 0; i < cells.size(); i++) values[i] = cells.get(i).isEmpty() ? null : cells.get(i);
            batch.add(values);
        }
    }

    private static <T> List<T> select(Handle h, Copies.Names live, String table, Table<T> spec) {
        List<T> out = new ArrayList<>();
        for (Map<String, String> cells : rows(h, live, table, spec.columns())) {
            Row row = new Row("store:" + table, Integer.parseInt(cells.get("ord")), cells);
            try {
                out.add(spec.parse().apply(row));
            } catch (DatasetException e) {
                throw new StoreException("the database holds a row Comity cannot read: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<Map<String, String>> rows(Handle h, Copies.Names live, String table, List<String> columns) {
        String sql = "SELECT " + q("ord") + ", " + columns.stream().map(DatasetStore::q).collect(Collectors.joining(", "))
                + " FROM " + live.of(table) + " ORDER BY " + q("ord");
        return h.createQuery(sql).map((rs, ctx) -> {
            Map<String, String> cells = new HashMap<>();
            cells.put("ord", rs.getString(1));
            for (int i = 0; i < columns.size(); i++) {
                String v = rs.getString(i + 2);
                cells.put(columns.get(i), v == null ? "" : v);
            }
            return cells;
        }).list();
    }

    private static String q(String identifier) {
        return "\"" + identifier + "\"";
    }
}
