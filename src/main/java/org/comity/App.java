package org.comity;

import org.comity.names.ChineseScript;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.dataset.DatasetValidator;
import org.comity.query.Answers;
import org.comity.snapshot.SnapshotHolder;
import org.comity.store.CowStore;
import org.comity.store.Database;
import org.comity.store.DatasetStore;
import org.comity.store.DbConfig;

/**
 * The wiring of one running Comity: a database, the store over it and the current snapshot. On first use
 * of an empty store it loads the dataset bundled in the jar, so a fresh machine answers at once.
 */
public final class App implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(App.class);

    private final Database db;
    private final DatasetStore store;
    private final SnapshotHolder snapshots;
    private final Today today;

    private App(Database db, Today today) {
        this.db = db;
        this.today = today;
        this.store = new DatasetStore(db);
        this.snapshots = new SnapshotHolder(store, new CowStore(db));
    }

    /** Opens the database; loads the bundled dataset when the store is empty and {@code seed} is set. */
    public static App open(DbConfig config, boolean seed) {
        return open(config, seed, false, Today.fromEnvironment());
    }

    /**
     * @param inBackground load the dataset on another thread and return once the database is open: the
     *                     server then binds its port meanwhile, and the first question waits for the load
     */
    public static App open(DbConfig config, boolean seed, boolean inBackground, Today today) {
        // Loading the Chinese conversion dictionaries takes most of a second; do it while the database opens.
        Thread warmUp = new Thread(() -> ChineseScript.toSimplified("國際"), "comity-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        App app = new App(Database.open(config), today);
        LOG.debug("database open {} ms after launch", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        if (inBackground) {
            Thread loader = new Thread(() -> {
                try {
                    app.load(seed);
                } catch (RuntimeException e) {
                    app.snapshots.fail(e);
                }
            }, "comity-load");
            loader.setDaemon(true);
            loader.start();
            return app;
        }
        try {
            app.load(seed);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return app;
    }

    private void load(boolean seed) {
        if (seed && store.isEmpty()) {
            var parsed = DatasetReader.read(DataFiles.bundled());
            DatasetValidator.require(parsed.dataset(), parsed.located());
            snapshots.write(parsed.dataset(), "load bundled dataset");
        } else {
            snapshots.reload();
        }
        if (seed) org.comity.funding.FundingStore.seedIfEmpty(db);
        LOG.debug("snapshot ready {} ms after launch", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /** The one clock of this run: every default date comes from here. */
    public Today today() {
        return today;
    }

    public SnapshotHolder snapshots() {
        return snapshots;
    }

    public DatasetStore store() {
        return store;
    }

    /** Answers over the current snapshot; take one per question so it reads a single version. */
    public Answers answers() {
        return new Answers(snapshots.get());
    }

    public DbConfig config() {
        return db.config();
    }

    /** The database, for stores of other kinds of data (imported statistics) that live beside the dataset. */
    public Database database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
