package org.comity.funding;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.comity.dataset.DataFiles;
import org.comity.store.Copies;
import org.comity.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * The single writer of the funding tables (V5__funding.sql, two copies since V10__store_copies.sql, the donors
 * as one sheet per entity and year since V16__donor_sheets.sql). A write replaces every funding row in one
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

    /**
     * Replaces every funding row with {@code data}; returns the new funding version. The rows go to the
     * standby copy of the tables, which becomes live in one short transaction ({@link Copies}).
     */
    public long replace(FundingData data, String command) {
        return copies().replace(fill -> {
            // Rows are kept in one order, whoever wrote them: by year, entity (, donor) and type code.
            amounts(fill.into("funding_revenue", AMOUNT_COLUMNS), data.revenue());
            amounts(fill.into("funding_government_totals", AMOUNT_COLUMNS), data.governmentTotals());
            // The donor rows go as one sheet per entity and year (DonorSheet): about 500 rows to write instead of 87,000.
            Copies.Batch b = fill.into("funding_donor_sheets", "year", "entity", "org", "source", "rows", "lines");
            List<Contribution> sorted = data.contributions().stream().sorted(Comparator.comparing(Contribution::year)
                    .thenComparing(Contribution::entity).thenComparing(Contribution::donor)
                    .thenComparing(c -> c.type().code())).toList();
            int from = 0;
            for (int i = 1; i <= sorted.size(); i++) {
                if (i < sorted.size() && sameSheet(sorted.get(from), sorted.get(i))) continue;
                List<Contribution> sheet = sorted.subList(from, i);
                Contribution first = sheet.get(0);
                b.add(first.year(), first.entity(), first.org(), first.source(), sheet.size(), DonorSheet.write(sheet));
                from = i;
            }
        }, h -> {
            String detail = describe(data);
            h.createUpdate("UPDATE \"funding_version\" SET \"version\" = \"version\" + 1, \"detail\" = ? WHERE \"id\" = 1")
                    .bind(0, command + ": " + detail).execute();
            long datasetVersion = h.createQuery("SELECT \"version\" FROM \"dataset_version\" WHERE \"id\" = 1").mapTo(Long.class).one();
            h.createUpdate("INSERT INTO \"audit_log\" (\"at\", \"command\", \"detail\", \"version\") VALUES (?, ?, ?, ?)")
                    .bind(0, OffsetDateTime.now()).bind(1, command.length() > 200 ? command.substring(0, 200) : command)
                    .bind(2, detail).bind(3, datasetVersion).execute();
            return version(h);
        });
    }

    private static boolean sameSheet(Contribution a, Contribution b) {
        return a.year() == b.year() && a.entity().equals(b.entity()) && java.util.Objects.equals(a.org(), b.org())
                && a.source().equals(b.source());
    }

    /** What a funding view holds, in words: "1825 revenue rows, 1084 government totals, 6395 contributions". */
    public static String describe(FundingData data) {
        return data.revenue().size() + " revenue rows, " + data.governmentTotals().size() + " government totals, "
                + data.contributions().size() + " contributions";
    }

    /** What the store holds now, in the words of {@link #describe} (three counts, without loading the rows). */
    public String describeStored() {
        Copies copies = copies();
        return db.jdbi().inTransaction(h -> count(h, copies, "funding_revenue") + " revenue rows, "
                + count(h, copies, "funding_government_totals") + " government totals, "
                + h.createQuery("SELECT COALESCE(SUM(\"rows\"), 0) FROM " + copies.live(h, "funding_donor_sheets")).mapTo(Long.class).one()
                + " contributions");
    }

    private static long count(Handle h, Copies copies, String table) {
        return h.createQuery("SELECT COUNT(*) FROM " + copies.live(h, table)).mapTo(Long.class).one();
    }

    private static final String[] AMOUNT_COLUMNS = {"year", "entity", "org", "type", "amount_usd", "source"};

    private Copies copies() {
        return new Copies(db, "funding", List.of("funding_revenue", "funding_government_totals", "funding_donor_sheets"));
    }

    private static void amounts(Copies.Batch b, List<EntityAmount> rows) {
        for (EntityAmount r : rows.stream().sorted(Comparator.comparing(EntityAmount::year).thenComparing(EntityAmount::entity)
                .thenComparing(a -> a.type().code())).toList()) b.add(r.year(), r.entity(), r.org(), r.type().code(), r.usd(), r.source());
    }

    public FundingData load() {
        Copies copies = copies();
        return db.jdbi().inTransaction(h -> new FundingData(amounts(h, copies.live(h, "funding_revenue")),
                amounts(h, copies.live(h, "funding_government_totals")),
                donorSheets(h, copies.live(h, "funding_donor_sheets"))));
    }

    private static List<Contribution> donorSheets(Handle h, String table) {
        List<Contribution> out = new java.util.ArrayList<>();
        h.createQuery("SELECT \"year\", \"entity\", \"org\", \"source\", \"lines\" FROM " + table + " ORDER BY \"ord\"")
                .map((rs, ctx) -> DonorSheet.read(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .forEach(out::addAll);
        return out;
    }

    public boolean isEmpty() {
        Copies copies = copies();
        return db.jdbi().inTransaction(h -> h.createQuery("SELECT COUNT(*) FROM " + copies.live(h, "funding_revenue")).mapTo(Long.class).one()
                + h.createQuery("SELECT COUNT(*) FROM " + copies.live(h, "funding_government_totals")).mapTo(Long.class).one()) == 0;
    }

    /** Raised by every write; compare to know whether a cached view is stale. */
    public long version() {
        return db.jdbi().withHandle(FundingStore::version);
    }

    private static long version(Handle h) {
        return h.createQuery("SELECT \"version\" FROM \"funding_version\" WHERE \"id\" = 1").mapTo(Long.class).one();
    }

    private static List<EntityAmount> amounts(Handle h, String table) {
        return h.createQuery("SELECT \"year\", \"entity\", \"org\", \"type\", \"amount_usd\", \"source\" FROM " + table
                        + " ORDER BY \"ord\"")
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
