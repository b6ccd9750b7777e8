package org.comity.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.dataset.Table;
import org.comity.dataset.Tables;
import org.comity.domain.Dataset;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;

/**
 * The dataset keeps two copies of its tables (V17__dataset_copies.sql), on H2 and on PostgreSQL: a store
 * made before keeps its dataset through the migration, a write makes the other copy live, and a write that
 * fails before its switch (here: what it records alongside) leaves the old dataset live and the version as it was.
 */
class DatasetCopiesTest {

    private static final Dataset RECORD = DatasetReader.read(DataFiles.directory(TestDb.recordDir())).dataset();

    @Test
    void aStoreMadeBeforeTheCopiesKeepsItsDataset() throws Exception {
        try (TestDb db = TestDb.create()) {
            db.migrateTo("16");
            try (Connection c = db.connect()) {
                fillV16(c, RECORD);
            }
            try (Database d = Database.open(db.config())) {
                RoundTripTest.assertEveryTableEqual(new DatasetStore(d).load(), RECORD);
                assertThat(live(d)).isZero();
            }
        }
    }

    @Test
    void aWriteMakesTheOtherCopyLiveAndAFailedOneLeavesTheOld() {
        try (TestDb db = TestDb.create(); Database d = Database.open(db.config())) {
            DatasetStore store = new DatasetStore(d);
            long first = store.replace(RECORD, "import dataset (test)");
            assertThat(live(d)).isEqualTo(1);
            Dataset fewer = new Dataset(RECORD.sources(), RECORD.organizations(), RECORD.aliases(), RECORD.states(),
                    RECORD.instruments(), RECORD.actions(), RECORD.memberLists(), RECORD.episodes(), RECORD.memberCounts(),
                    RECORD.withdrawalRules(), List.of(), RECORD.claims(), RECORD.claimChecks(), RECORD.replacedIds());
            assertThatThrownBy(() -> store.replace(fewer, "import dataset (fails)", DatasetStore.IMPORTED, (h, version) -> {
                throw new IllegalStateException("what the write records alongside failed");
            })).hasMessageContaining("alongside failed");
            assertThat(live(d)).isEqualTo(1);
            assertThat(store.version()).isEqualTo(first);
            RoundTripTest.assertEveryTableEqual(store.load(), RECORD);

            long second = store.replace(fewer, "import dataset (test, no checks)");
            assertThat(second).isGreaterThan(first);
            assertThat(live(d)).isZero();
            assertThat(store.load().checks()).isEmpty();
            assertThat(store.load().episodes()).hasSameSizeAs(RECORD.episodes());
        }
    }

    @Test
    void anEpisodeWithoutItsMemberListIsReportedNotDereferenced() {
        try (TestDb db = TestDb.create(); Database d = Database.open(db.config())) {
            DatasetStore store = new DatasetStore(d);
            store.replace(RECORD, "import dataset (test)");
            d.jdbi().useHandle(h -> h.execute("DELETE FROM \"member_lists_" + live(d) + "\" WHERE \"org\" = 'who'"));
            assertThatThrownBy(store::load).isInstanceOf(StoreException.class)
                    .hasMessage("the database holds episodes of 'who' but no such row in member_lists; import the dataset again");
        }
    }

    private static int live(Database d) {
        return d.jdbi().withHandle(h -> h.createQuery("SELECT \"live\" FROM \"store_copies\" WHERE \"store\" = 'dataset'")
                .mapTo(Integer.class).one());
    }

    /** The dataset as the store of V16 held it: one table per file, no copies. */
    private static void fillV16(Connection c, Dataset d) throws Exception {
        insert(c, "sources", Tables.SOURCES.columns(), cells(Tables.SOURCES, d.sources()));
        insert(c, "states", Tables.STATES.columns(), cells(Tables.STATES, d.states()));
        insert(c, "organizations", Tables.ORGANIZATIONS.columns(), cells(Tables.ORGANIZATIONS, d.organizations()));
        insert(c, "aliases", Tables.ALIASES.columns(), cells(Tables.ALIASES, d.aliases()));
        insert(c, "instruments", Tables.INSTRUMENTS.columns(), cells(Tables.INSTRUMENTS, d.instruments()));
        insert(c, "actions", DatasetStore.actionColumns(), DatasetStore.actionRows(d));
        insert(c, "member_lists", Tables.MEMBER_LISTS.columns(), cells(Tables.MEMBER_LISTS, d.memberLists()));
        insert(c, "episodes", DatasetStore.episodeColumns(), DatasetStore.episodeRows(d));
        insert(c, "member_counts", Tables.MEMBER_COUNTS.columns(), cells(Tables.MEMBER_COUNTS, d.memberCounts()));
        insert(c, "withdrawal_rules", Tables.WITHDRAWAL_RULES.columns(), cells(Tables.WITHDRAWAL_RULES, d.withdrawalRules()));
        insert(c, "record_checks", Tables.CHECKS.columns(), cells(Tables.CHECKS, d.checks()));
        insert(c, "claims", Tables.CLAIMS.columns(), cells(Tables.CLAIMS, d.claims()));
        insert(c, "claim_checks", Tables.CLAIM_CHECKS.columns(), cells(Tables.CLAIM_CHECKS, d.claimChecks()));
        insert(c, "replaced_ids", Tables.REPLACED_IDS.columns(), cells(Tables.REPLACED_IDS, d.replacedIds()));
    }

    private static <T> List<List<String>> cells(Table<T> spec, List<T> records) {
        return records.stream().map(spec.cells()).toList();
    }

    private static void insert(Connection c, String table, List<String> columns, List<List<String>> rows) throws Exception {
        String sql = "INSERT INTO \"" + table + "\" (\"ord\", \"" + String.join("\", \"", columns) + "\") VALUES (?"
                + ", ?".repeat(columns.size()) + ")";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int ord = 0;
            for (List<String> row : rows) {
                p.setInt(1, ++ord);
                for (int i = 0; i < row.size(); i++) p.setString(i + 2, row.get(i).isEmpty() ? null : row.get(i));
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
