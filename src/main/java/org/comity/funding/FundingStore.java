package org.comity.funding;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.comity.dataset.DataFiles;
import org.comity.store.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The single writer of the funding tables (V3__funding.sql). A write replaces every funding row in one
 * transaction, so readers see the old figures or the new, never a mix.
 */
public final class FundingStore {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FundingStore.class);

    private final Database db;

    public FundingStore(Database db) {
        this.db = db;
    }

    /**
     * Fills an empty funding store with the extract bundled in the jar ({@code /dataset/funding/}), so that
     * {@code impact} and {@code claims} answer on a fresh machine. Called once when the app opens.
     */
    public static void seedIfEmpty(Database db) {
        FundingStore store = new FundingStore(db);
        if (!store.isEmpty()) return;
        FundingData bundled = FundingExtract.read(DataFiles.bundled(DataFiles.Part.EXTRACTS));
        if (bundled.isEmpty()) return;
        store.replace(bundled, "load bundled funding extract");
        LOG.debug("funding store filled from the bundled extract");
    }

    /** Replaces every funding row with {@code data}; returns the new funding version. */
    public long replace(FundingData data, String command) {
        return db.jdbi().inTransaction(h -> {
            for (String t : List.of("funding_contributions", "funding_government_totals", "funding_revenue")) {
                h.execute("DELETE FROM \"" + t + "\"");
            }
            insertAmounts(h, "funding_revenue", data.revenue());
            insertAmounts(h, "funding_government_totals", data.governmentTotals());
            PreparedBatch b = h.prepareBatch("INSERT INTO \"funding_contributions\" (\"year\", \"entity\", \"org\", \"donor\", "
                    + "\"state\", \"government\", \"type\", \"amount_usd\", \"source\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (Contribution c : data.contributions()) {
                b.bind(0, c.year()).bind(1, c.entity()).bind(2, c.org()).bind(3, c.donor()).bind(4, c.state())
                        .bind(5, c.government()).bind(6, c.type().code()).bind(7, c.usd()).bind(8, c.source()).add();
            }
            if (!data.contributions().isEmpty()) b.execute();
            String detail = data.revenue().size() + " revenue rows, " + data.governmentTotals().size()
                    + " government totals, " + data.contributions().size() + " contributions";
            h.createUpdate("UPDATE \"funding_version\" SET \"version\" = \"version\" + 1, \"detail\" = ? WHERE \"id\" = 1")
                    .bind(0, command + ": " + detail).execute();
            long datasetVersion = h.createQuery("SELECT \"version\" FROM \"dataset_version\" WHERE \"id\" = 1").mapTo(Long.class).one();
            h.createUpdate("INSERT INTO \"audit_log\" (\"at\", \"command\", \"detail\", \"version\") VALUES (?, ?, ?, ?)")
                    .bind(0, OffsetDateTime.now()).bind(1, command.length() > 200 ? command.substring(0, 200) : command)
                    .bind(2, detail).bind(3, datasetVersion).execute();
            return version(h);
        });
    }

    public FundingData load() {
        return db.jdbi().inTransaction(h -> new FundingData(amounts(h, "funding_revenue"), amounts(h, "funding_government_totals"),
                h.createQuery("SELECT \"year\", \"entity\", \"org\", \"donor\", \"state\", \"government\", \"type\", \"amount_usd\", "
                        + "\"source\" FROM \"funding_contributions\" ORDER BY \"year\", \"entity\", \"donor\", \"type\"")
                        .map((rs, ctx) -> new Contribution(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getBoolean(6), type(rs.getString(7)), strip(rs.getBigDecimal(8)), rs.getString(9)))
                        .list()));
    }

    public boolean isEmpty() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"funding_revenue\"").mapTo(Long.class).one()
                + h.createQuery("SELECT COUNT(*) FROM \"funding_government_totals\"").mapTo(Long.class).one()) == 0;
    }

    /** Raised by every write; compare to know whether a cached view is stale. */
    public long version() {
        return db.jdbi().withHandle(FundingStore::version);
    }

    private static long version(Handle h) {
        return h.createQuery("SELECT \"version\" FROM \"funding_version\" WHERE \"id\" = 1").mapTo(Long.class).one();
    }

    private static void insertAmounts(Handle h, String table, List<EntityAmount> rows) {
        if (rows.isEmpty()) return;
        PreparedBatch b = h.prepareBatch("INSERT INTO \"" + table + "\" (\"year\", \"entity\", \"org\", \"type\", \"amount_usd\", "
                + "\"source\") VALUES (?, ?, ?, ?, ?, ?)");
        for (EntityAmount r : rows) {
            b.bind(0, r.year()).bind(1, r.entity()).bind(2, r.org()).bind(3, r.type().code()).bind(4, r.usd())
                    .bind(5, r.source()).add();
        }
        b.execute();
    }

    private static List<EntityAmount> amounts(Handle h, String table) {
        return h.createQuery("SELECT \"year\", \"entity\", \"org\", \"type\", \"amount_usd\", \"source\" FROM \"" + table
                        + "\" ORDER BY \"year\", \"entity\", \"type\"")
                .map((rs, ctx) -> new EntityAmount(rs.getInt(1), rs.getString(2), rs.getString(3), type(rs.getString(4)),
                        strip(rs.getBigDecimal(5)), rs.getString(6)))
                .list();
    }

    private static RevenueType type(String code) {
        return org.comity.domain.Coded.parse(RevenueType.class, code);
    }

    private static BigDecimal strip(BigDecimal v) {
        return v.stripTrailingZeros();
    }
}
