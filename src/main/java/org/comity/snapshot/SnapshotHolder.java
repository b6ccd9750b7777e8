package org.comity.snapshot;

import java.util.concurrent.atomic.AtomicReference;
import org.comity.domain.Dataset;
import org.comity.cow.CowRecord;
import org.comity.store.CowStore;
import org.comity.store.DatasetStore;

/**
 * Holds the current snapshot and swaps it atomically after a write. With a shared PostgreSQL database,
 * {@link #refreshIfStale()} notices writes made by other nodes through the dataset version.
 */
public final class SnapshotHolder {

    private final DatasetStore store;
    private final CowStore cowStore;
    private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.empty());
    /** Completed by the first load; readers wait for it, so none sees the empty placeholder. */
    private final java.util.concurrent.CompletableFuture<Snapshot> first = new java.util.concurrent.CompletableFuture<>();

    public SnapshotHolder(DatasetStore store, CowStore cowStore) {
        this.store = store;
        this.cowStore = cowStore;
    }

    /**
     * A holder for a command that may never ask (an import of funding figures needs ids and names, not the
     * memberships): the first {@link #get} loads the snapshot instead of waiting for a load started elsewhere.
     */
    public void loadWhenAsked() {
        loadWhenAsked = true;
    }

    private volatile boolean loadWhenAsked;

    public Snapshot get() {
        if (!first.isDone() && loadWhenAsked) {
            synchronized (this) {
                if (!first.isDone()) reload();
            }
        }
        if (!first.isDone()) {
            try {
                first.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return current.get();
    }

    /** The first load failed: every reader gets its error. */
    public void fail(RuntimeException e) {
        first.completeExceptionally(e);
    }

    private Snapshot install(Snapshot s) {
        LAST_BUILT.put(store.identity(), s);
        current.set(s);
        first.complete(s);
        return s;
    }

    /**
     * The last snapshot built in this process per database, by version: a snapshot is immutable and one
     * version names one content (every write of the dataset or the COW record raises it), so a process
     * that opens the same database again (a test, an in-process CLI run) reuses it instead of reloading.
     */
    private static final java.util.Map<String, Snapshot> LAST_BUILT = new java.util.concurrent.ConcurrentHashMap<>();

    /** Loads the store's dataset into a new snapshot and makes it current. */
    public Snapshot reload() {
        long version = store.version();
        Snapshot built = LAST_BUILT.get(store.identity());
        if (built == null || built.version() != version) {
            // Another node's write: the COW record is read again only when a write since ours replaced it.
            Snapshot mine = current.get();
            boolean cowKept = first.isDone() && mine.version() > 0 && !store.cowWrittenSince(mine.version());
            built = new Snapshot(store.load(), cowKept ? mine.cow() : cowStore.load(), version);
            LAST_BUILT.put(store.identity(), built);
        }
        return install(built);
    }

    /** Reloads when another writer raised the version since this snapshot was built. */
    public boolean refreshIfStale() {
        if (store.version() == get().version()) return false;
        reload();
        return true;
    }

    /** Writes {@code d} to the store, then swaps in the snapshot of what was written. */
    public Snapshot write(Dataset d, String command) {
        return write(d, command, DatasetStore.IMPORTED);
    }

    /** Writes {@code d}, recording its origin (the bundled data's fingerprint, or an import). */
    public Snapshot write(Dataset d, String command, String origin) {
        return write(d, command, origin, (h, v) -> {});
    }

    /** As above, with {@code alongside} (the history of what changed) in the write's own transaction. */
    public synchronized Snapshot write(Dataset d, String command, String origin, DatasetStore.Alongside alongside) {
        long version = store.replace(d, command, origin, alongside);
        // Not loaded yet (a holder that loads when asked): the COW record beside the new dataset comes from its store.
        return install(new Snapshot(d, first.isDone() ? current.get().cow() : cowStore.load(), version));
    }

    /** Writes an imported COW record, then swaps in a snapshot with it beside the current dataset. */
    public Snapshot writeCow(CowRecord record, String command) {
        long version = cowStore.replace(record, command);
        return install(new Snapshot(get().dataset(), record, version));
    }
}
