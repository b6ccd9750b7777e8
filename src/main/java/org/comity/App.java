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
        return open(config, seed, Load.NOW, Today.fromEnvironment());
    }

    /** When the snapshot of the dataset (memberships, COW history, indexes: most of a second) is built. */
    public enum Load {
        /** Before {@code open} returns. */
        NOW,
        /** On another thread: the server binds its port meanwhile, and the first question waits for the load. */
        IN_BACKGROUND,
        /** At the first question, if one comes: a command that needs only ids and names never builds it. */
        WHEN_ASKED
    }

    public static App open(DbConfig config, boolean seed, Load load, Today today) {
        if (load != Load.WHEN_ASKED) {
            // Loading the Chinese conversion dictionaries takes a moment; do it while the database opens.
            Thread warmUp = new Thread(() -> ChineseScript.toSimplified("國際"), "comity-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        App app = new App(Database.open(config, seed ? App::seedEmptyStores : db -> {}), today);
        LOG.debug("database open {} ms after launch", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        if (load == Load.IN_BACKGROUND) {
            Thread loader = new Thread(() -> {
                try {
                    app.load(seed, true);
                } catch (RuntimeException e) {
                    app.snapshots.fail(e);
                }
            }, "comity-load");
            loader.setDaemon(true);
            loader.start();
            return app;
        }
        if (load == Load.WHEN_ASKED) app.snapshots.loadWhenAsked();
        try {
            app.load(seed, load == Load.NOW);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return app;
    }

    private void load(boolean seed, boolean snapshot) {
        if (seed) seedEmptyStores(db);
        if (snapshot) snapshots.reload();
        if (seed) refillFromNewerBundle();
        LOG.debug(snapshot ? "snapshot ready {} ms after launch" : "store ready {} ms after launch", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /**
     * Fills every store that is empty with the data bundled in the jar: the curated dataset, the funding
     * extract, the COW history. Each store fills itself in one transaction, so an interrupted first use
     * leaves each one whole or empty, and the next start fills what is still empty (on H2 a new store is
     * filled before it is put in place at all: {@link Database#open(DbConfig, java.util.function.Consumer)}).
     */
    static void seedEmptyStores(Database db) {
        DatasetStore store = new DatasetStore(db);
        org.comity.domain.Dataset d = null;
        if (store.isEmpty()) {
            d = bundledDataset();
            String bundle = DataFiles.bundledFingerprint();
            store.replace(d, "load bundled dataset", BUNDLED + (bundle == null ? "unknown" : bundle));
        }
        org.comity.funding.FundingStore.seedIfEmpty(db);
        CowStore cow = new CowStore(db);
        if (cow.isEmpty()) seedHistory(cow, d != null ? d : store.load());
    }

    private static org.comity.domain.Dataset bundledDataset() {
        var parsed = DatasetReader.read(DataFiles.bundled());
        DatasetValidator.require(parsed.dataset(), parsed.located());
        return parsed.dataset();
    }

    /** A store filled from the data of an older Comity is refilled from this one's; an imported dataset is kept. */
    private void refillFromNewerBundle() {
        String bundle = DataFiles.bundledFingerprint();
        String origin = bundle != null ? store.origin() : null;
        if (origin == null || !origin.startsWith(BUNDLED) || origin.equals(BUNDLED + bundle)) return;
        System.err.println("comity: the bundled data changed since this store was filled from it; refilling the store");
        loadBundledDataset(bundle, "reload bundled dataset (changed)");
        new org.comity.funding.FundingStore(db).replace(
                org.comity.funding.FundingExtract.read(DataFiles.bundled(DataFiles.Part.EXTRACTS)), "reload bundled funding extract");
        seedHistory(new CowStore(db), snapshots.get().dataset());
        snapshots.reload();
    }

    /** The one clock of this run: every default date comes from here. */
    public Today today() {
        return today;
    }

    private static final String BUNDLED = "bundled:";

    private void loadBundledDataset(String fingerprint, String command) {
        var parsed = DatasetReader.read(DataFiles.bundled());
        DatasetValidator.require(parsed.dataset(), parsed.located());
        snapshots.write(parsed.dataset(), command, BUNDLED + (fingerprint == null ? "unknown" : fingerprint));
    }

    /** Fills the COW store with the history bundled in the jar (data/extracts/cow/), mapped to the dataset's ids. */
    private static void seedHistory(CowStore cow, org.comity.domain.Dataset d) {
        var bundled = org.comity.cow.CowExtract.read(DataFiles.bundled(DataFiles.Part.EXTRACTS));
        if (bundled == null) return;
        org.comity.cow.CowRecord record;
        try {
            record = org.comity.cow.CowImporter.toRecord(bundled.igos(), bundled.episodes(),
                    org.comity.cow.CowMapping.read(DataFiles.bundled(DataFiles.Part.MAPPINGS)), d.states(),
                    d.organizations().stream().map(org.comity.domain.Organization::id).collect(java.util.stream.Collectors.toSet()));
        } catch (org.comity.dataset.DatasetException e) {
            // An imported dataset that lacks ids the bundled history names: answer without the history, and say why.
            System.err.println("comity: the bundled COW history was not loaded (" + e.getMessage() + "); run comity import cow DIR");
            return;
        }
        cow.replace(record, "load bundled COW history");
        LOG.debug("COW store filled from the bundled extract");
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
