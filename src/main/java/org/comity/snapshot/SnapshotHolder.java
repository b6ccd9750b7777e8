package org.comity.snapshot;

import java.util.concurrent.atomic.AtomicReference;
import org.comity.domain.Dataset;
import org.comity.store.DatasetStore;

/**
 * Holds the current snapshot and swaps it atomically after a write. With a shared PostgreSQL database,
 * {@link #refreshIfStale()} notices writes made by other nodes through the dataset version.
 */
public final class SnapshotHolder {

    private final DatasetStore store;
    private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.empty());

    public SnapshotHolder(DatasetStore store) {
        this.store = store;
    }

    public Snapshot get() {
        return current.get();
    }

    /** Loads the store's dataset into a new snapshot and makes it current. */
    public Snapshot reload() {
        long version = store.version();
        Snapshot s = new Snapshot(store.load(), version);
        current.set(s);
        return s;
    }

    /** Reloads when another writer raised the version since this snapshot was built. */
    public boolean refreshIfStale() {
        if (store.version() == current.get().version()) return false;
        reload();
        return true;
    }

    /** Writes {@code d} to the store, then swaps in the snapshot of what was written. */
    public Snapshot write(Dataset d, String command) {
        long version = store.replace(d, command);
        Snapshot s = new Snapshot(d, version);
        current.set(s);
        return s;
    }
}
