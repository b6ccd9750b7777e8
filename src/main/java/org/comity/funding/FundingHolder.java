package org.comity.funding;

import org.comity.store.Database;

/** The current funding view, read once and read again only when the store's funding version has moved. */
public final class FundingHolder {

    private final FundingStore store;
    private volatile FundingData data;
    private volatile long version = -1;

    public FundingHolder(Database db) {
        this.store = new FundingStore(db);
    }

    private volatile long checkedAt;
    private volatile long seenVersion = -1;

    /**
     * The store's funding version, asked of the store at most once a second: cheap enough for every request
     * (the page cache keys on it), and a new import shows within a second.
     */
    public long version() {
        long now = System.nanoTime();
        if (seenVersion < 0 || now - checkedAt > 1_000_000_000L) {
            seenVersion = store.version();
            checkedAt = now;
        }
        return seenVersion;
    }

    public FundingData get() {
        long v = store.version();
        if (v != version || data == null) {
            synchronized (this) {
                if (v != version || data == null) {
                    data = store.load();
                    version = v;
                }
            }
        }
        return data;
    }
}
