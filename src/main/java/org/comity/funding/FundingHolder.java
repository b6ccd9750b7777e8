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
