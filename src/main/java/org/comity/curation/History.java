package org.comity.curation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * The history of every fact: each write of the record (an import, a published proposal) is one entry of
 * the audit log, named by the dataset version it made; the rows it changed are kept beside it, before and
 * after, with who proposed and who published it.
 */
public final class History {

    /** One change set: a write of the record and the rows it changed (only those asked for, when filtered). */
    public record Entry(long version, OffsetDateTime at, String command, Long proposal, String proposedBy, String publishedBy,
                        String summary, List<FactChange> facts) {

        /** Who made the change: the reviewer who published it, else the command that wrote it. */
        public String by() {
            return publishedBy != null ? "reviewer " + publishedBy : command;
        }

        /** "effective changed on 2026-12-03 from 2026-12-31 to 2027-01-01 by reviewer X; source: ..." for each cell. */
        public List<String> lines(FactChange f) {
            List<String> out = new ArrayList<>();
            String on = at.toLocalDate().toString();
            String tail = " by " + by() + "; source: " + (f.sources().isEmpty() ? "none" : f.sources().replace("|", ", "));
            if (!f.kind().equals("changed")) {
                StringBuilder cells = new StringBuilder();
                for (FactChange.Field c : f.fields()) {
                    if (c.column().equals("sources")) continue;
                    cells.append(cells.length() == 0 ? "" : ", ").append(c.column()).append(' ').append(f.after() != null ? c.to() : c.from());
                }
                out.add(f.file() + " row " + f.key() + " " + f.kind() + " on " + on + " (" + cells + ")" + tail);
                return out;
            }
            for (FactChange.Field c : f.fields()) {
                out.add(c.column() + " changed on " + on + " from " + show(c.from()) + " to " + show(c.to()) + tail);
            }
            return out;
        }

        private static String show(String v) {
            return v.isEmpty() ? "(empty)" : v;
        }
    }

    /**
     * Which entries: after a version and/or since a time, about one organization and/or one state, or one
     * fact (a file and its row's key, as in {@link RecordRows#keyOf}).
     */
    public record Filter(long afterVersion, OffsetDateTime since, String org, String state, String file, String key, int limit) {
        public Filter(long afterVersion, OffsetDateTime since, String org, String state, int limit) {
            this(afterVersion, since, org, state, null, null, limit);
        }

        public static Filter all(int limit) {
            return new Filter(0, null, null, null, limit);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;

    public History(Database db) {
        this.db = db;
    }

    /** Writes the rows a change made, in the change's transaction. */
    public static void write(Handle h, long version, List<FactChange> changes) {
        var batch = h.prepareBatch("INSERT INTO \"fact_changes\" (\"version\", \"file\", \"row_key\", \"org\", \"state\", \"before_row\", "
                + "\"after_row\", \"sources\") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (FactChange c : changes) {
            batch.bind(0, version).bind(1, c.file()).bind(2, c.key()).bind(3, c.org()).bind(4, c.state())
                    .bind(5, json(c.before())).bind(6, json(c.after())).bind(7, c.sources()).add();
        }
        if (!changes.isEmpty()) batch.execute();
    }

    /** Newest first. */
    public List<Entry> entries(Filter f) {
        return db.jdbi().withHandle(h -> {
            StringBuilder where = new StringBuilder(" WHERE a.\"version\" > :after");
            if (f.since() != null) where.append(" AND a.\"at\" >= :since");
            String facts = factFilter(f);
            // A funding import logs the dataset version it left alone: the rows of a version belong to its first entry.
            String owner = "a.\"id\" = (SELECT MIN(b.\"id\") FROM \"audit_log\" b WHERE b.\"version\" = a.\"version\")";
            if (!facts.isEmpty()) {
                where.append(" AND ").append(owner).append(" AND a.\"version\" IN (SELECT \"version\" FROM \"fact_changes\" WHERE 1 = 1")
                        .append(facts).append(")");
            }
            var q = h.createQuery("SELECT a.\"version\", a.\"at\", a.\"command\", p.\"id\", p.\"editor\", p.\"reviewer\", p.\"summary\", "
                    + "CASE WHEN " + owner + " THEN 1 ELSE 0 END "
                    + "FROM \"audit_log\" a LEFT JOIN \"proposals\" p ON p.\"version\" = a.\"version\" AND p.\"status\" = 'published' "
                    + "AND " + owner + where + " ORDER BY a.\"id\" DESC LIMIT " + Math.max(1, Math.min(f.limit(), 1000)));
            bind(q, f);
            List<Entry> heads = q.map((rs, ctx) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                    rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                    rs.getInt(8) == 1 ? null : List.<FactChange>of())).list();
            List<Entry> out = new ArrayList<>();
            for (Entry e : heads) {
                if (e.facts() != null) {
                    out.add(new Entry(e.version(), e.at(), e.command(), null, null, null, e.command(), List.of()));
                    continue;
                }
                var fq = h.createQuery("SELECT \"file\", \"row_key\", \"org\", \"state\", \"before_row\", \"after_row\" FROM \"fact_changes\" "
                        + "WHERE \"version\" = :v" + facts + " ORDER BY \"id\"").bind("v", e.version());
                bind(fq, f);
                List<FactChange> rows = fq.map((rs, ctx) -> new FactChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        row(rs.getString(5)), row(rs.getString(6)))).list();
                out.add(new Entry(e.version(), e.at(), e.command(), e.proposal(), e.proposedBy(), e.publishedBy(),
                        e.summary() != null ? e.summary() : e.command(), rows));
            }
            return out;
        });
    }

    private static String factFilter(Filter f) {
        String s = "";
        if (f.org() != null) s += " AND \"org\" = :org";
        if (f.state() != null) s += " AND \"state\" = :state";
        if (f.file() != null) s += " AND \"file\" = :file";
        if (f.key() != null) s += " AND \"row_key\" = :key";
        return s;
    }

    private static void bind(org.jdbi.v3.core.statement.Query q, Filter f) {
        q.bind("after", f.afterVersion());
        if (f.since() != null) q.bind("since", f.since());
        if (f.org() != null) q.bind("org", f.org());
        if (f.state() != null) q.bind("state", f.state());
        if (f.file() != null) q.bind("file", f.file());
        if (f.key() != null) q.bind("key", f.key());
    }

    /** The JSON shape of an entry, shared by /api/history and /api/changes. */
    public static Map<String, Object> shape(Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", e.version());
        m.put("at", e.at().toInstant().toString());
        m.put("summary", e.summary());
        m.put("command", e.command());
        m.put("proposal", e.proposal());
        m.put("proposed_by", e.proposedBy());
        m.put("published_by", e.publishedBy());
        List<Object> facts = new ArrayList<>();
        for (FactChange f : e.facts()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("file", f.file());
            c.put("key", f.key());
            c.put("kind", f.kind());
            c.put("org", f.org());
            c.put("state", f.state());
            c.put("fields", f.fields().stream().map(x -> Map.of("column", x.column(), "from", x.from(), "to", x.to())).toList());
            c.put("sources", f.sources().isEmpty() ? List.of() : List.of(f.sources().split("\\|")));
            c.put("lines", e.lines(f));
            facts.add(c);
        }
        m.put("changes", facts);
        return m;
    }

    private static String json(Map<String, String> row) {
        if (row == null) return null;
        try {
            return JSON.writeValueAsString(row);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> row(String json) {
        if (json == null) return null;
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a history row cannot be read: " + e.getMessage(), e);
        }
    }
}
