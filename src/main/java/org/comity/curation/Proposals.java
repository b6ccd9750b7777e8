package org.comity.curation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.comity.App;
import org.comity.dataset.DatasetException;
import org.comity.store.DatasetStore;

/**
 * Proposals and their review. Filing checks the draft against the current record (nothing is stored when
 * it is refused); publishing applies it again to the record as it is then, checks it again, and writes the
 * record, the proposal's new status and the history of the rows it changed in one transaction, then swaps
 * the snapshot: the store, the answers and {@code comity export} change together.
 */
public final class Proposals {

    public enum Status { queued, published, rejected }

    public record Proposal(long id, String editor, String summary, ProposalDraft draft, Status status, OffsetDateTime created,
                           String reviewer, OffsetDateTime decided, String reason, Long version) {}

    /** A reviewer may not publish this (their own proposal); the web answers 403. */
    public static final class NotAllowed extends RuntimeException {
        public NotAllowed(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final App app;

    public Proposals(App app) {
        this.app = app;
    }

    /** Checks {@code draft} against the current record and queues it for review; returns its id. */
    public long file(String editor, ProposalDraft draft) {
        app.snapshots().refreshIfStale();
        Drafts.apply(app.snapshots().get().dataset(), draft);
        String json;
        try {
            json = JSON.writeValueAsString(draft);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the proposal cannot be written: " + e.getMessage(), e);
        }
        return app.database().jdbi().withHandle(h -> h.createUpdate("INSERT INTO \"proposals\" (\"editor\", \"summary\", \"draft\", "
                        + "\"status\", \"created\") VALUES (?, ?, ?, 'queued', ?)").bind(0, editor).bind(1, draft.summary().strip())
                .bind(2, json).bind(3, OffsetDateTime.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public Optional<Proposal> get(long id) {
        return app.database().jdbi().withHandle(h -> h.createQuery(SELECT + " WHERE \"id\" = ?").bind(0, id).map(this::map).findOne());
    }

    /** Newest first. */
    public List<Proposal> list(Status status) {
        return app.database().jdbi().withHandle(h -> h.createQuery(SELECT + " WHERE \"status\" = ? ORDER BY \"id\" DESC LIMIT 500")
                .bind(0, status.name()).map(this::map).list());
    }

    /** What the proposal would change in the record as it is now (the reviewer's diff). */
    public List<FactChange> diff(Proposal p) {
        return Drafts.apply(app.snapshots().get().dataset(), p.draft()).changes();
    }

    /** Publishes a queued proposal; returns the dataset version it made. */
    public long publish(long id, String reviewer) {
        Proposal p = queued(id);
        if (p.editor().equals(reviewer)) throw new NotAllowed("a reviewer cannot publish their own proposal (#" + id + ")");
        // Applied to the record as it is now (another node or an import may have written since this node's snapshot);
        // a write that slips in between is caught in the transaction, which then rolls back.
        app.snapshots().refreshIfStale();
        var base = app.snapshots().get();
        Drafts.Applied applied = Drafts.apply(base.dataset(), p.draft());
        var written = app.snapshots().write(applied.dataset(), "publish proposal " + id, DatasetStore.IMPORTED, (h, version) -> {
            if (version != base.version() + 1) {
                throw new IllegalStateException("the record changed while proposal #" + id + " was being published; publish it again");
            }
            int n = h.createUpdate("UPDATE \"proposals\" SET \"status\" = 'published', \"reviewer\" = ?, \"decided\" = ?, \"version\" = ? "
                    + "WHERE \"id\" = ? AND \"status\" = 'queued'").bind(0, reviewer).bind(1, OffsetDateTime.now()).bind(2, version)
                    .bind(3, id).execute();
            if (n != 1) throw new IllegalStateException("proposal #" + id + " was decided meanwhile");
            History.write(h, version, applied.changes());
        });
        return written.version();
    }

    public void reject(long id, String reviewer, String reason) {
        queued(id);
        if (reason == null || reason.isBlank()) throw new DatasetException(new org.comity.dataset.Problem("reason", 0, null, "",
                "a rejection gives its reason"));
        app.database().jdbi().useHandle(h -> h.createUpdate("UPDATE \"proposals\" SET \"status\" = 'rejected', \"reviewer\" = ?, "
                        + "\"decided\" = ?, \"reason\" = ? WHERE \"id\" = ? AND \"status\" = 'queued'").bind(0, reviewer)
                .bind(1, OffsetDateTime.now()).bind(2, reason.strip()).bind(3, id).execute());
    }

    private Proposal queued(long id) {
        Proposal p = get(id).orElseThrow(() -> new org.comity.query.NotFoundException("no proposal #" + id));
        if (p.status() != Status.queued) throw new IllegalStateException("proposal #" + id + " is " + p.status() + " already");
        return p;
    }

    private static final String SELECT = "SELECT \"id\", \"editor\", \"summary\", \"draft\", \"status\", \"created\", \"reviewer\", "
            + "\"decided\", \"reason\", \"version\" FROM \"proposals\"";

    private Proposal map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        ProposalDraft draft;
        try {
            draft = JSON.readValue(rs.getString(4), ProposalDraft.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("proposal #" + rs.getLong(1) + " cannot be read: " + e.getMessage(), e);
        }
        return new Proposal(rs.getLong(1), rs.getString(2), rs.getString(3), draft, Status.valueOf(rs.getString(5)),
                rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getString(9),
                rs.getObject(10) == null ? null : rs.getLong(10));
    }
}
