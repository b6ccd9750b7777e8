package org.comity.curation;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.comity.store.Database;

/** The curators' accounts, their API tokens and their signed-in sessions (all in the database, so every node knows them). */
public final class Accounts {

    /** Who is asking. */
    public record Curator(long id, String name, AccountRole role) {}

    /** What {@code user add} prints once: nothing of it is stored but hashes. */
    public record Created(Curator curator, String password, String token) {

        /** What `user add` and POST /api/accounts answer, the one time the secrets are shown. */
        public java.util.Map<String, Object> shape() {
            java.util.Map<String, Object> answer = new java.util.LinkedHashMap<>();
            answer.put("name", curator.name());
            answer.put("role", curator.role().code());
            answer.put("password", password);
            answer.put("token", token);
            return answer;
        }}

    /** A signed-in browser: its cookie value and the token its forms carry. */
    public record Session(String id, String csrf, Curator curator) {}

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
    /** A session lasts a working day. */
    private static final long SESSION_HOURS = 12;

    private final Database db;

    public Accounts(Database db) {
        this.db = db;
    }

    public Created add(String name, AccountRole role) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not an account name (lowercase letters, digits, . _ -; at most 63)");
        }
        String password = Secrets.random();
        String token = Secrets.random();
        String hash = Secrets.hashPassword(password);
        return db.jdbi().inTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM \"accounts\" WHERE \"name\" = ?").bind(0, name).mapTo(Long.class).one() > 0) {
                throw new IllegalArgumentException("an account '" + name + "' exists already");
            }
            long id = h.createUpdate("INSERT INTO \"accounts\" (\"name\", \"role\", \"password_hash\", \"created\") VALUES (?, ?, ?, ?)")
                    .bind(0, name).bind(1, role.code()).bind(2, hash).bind(3, OffsetDateTime.now())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.createUpdate("INSERT INTO \"api_tokens\" (\"token_hash\", \"account\", \"created\") VALUES (?, ?, ?)")
                    .bind(0, Secrets.sha256(token)).bind(1, id).bind(2, OffsetDateTime.now()).execute();
            return new Created(new Curator(id, name, role), password, token);
        });
    }

    /** The account when the password is right (the same work is done for an unknown name, so timing tells nothing). */
    public Optional<Curator> check(String name, String password) {
        var row = db.jdbi().withHandle(h -> h.createQuery("SELECT \"id\", \"name\", \"role\", \"password_hash\" FROM \"accounts\" WHERE \"name\" = ?")
                .bind(0, name == null ? "" : name).map((rs, ctx) -> new Object[] {
                        new Curator(rs.getLong(1), rs.getString(2), AccountRole.of(rs.getString(3))), rs.getString(4)}).findOne());
        if (row.isEmpty()) {
            Secrets.verifyPassword(password == null ? "" : password, DUMMY);
            return Optional.empty();
        }
        boolean ok = Secrets.verifyPassword(password == null ? "" : password, (String) row.get()[1]);
        return ok ? Optional.of((Curator) row.get()[0]) : Optional.empty();
    }

    private static final String DUMMY = Secrets.hashPassword("not a password");

    public Optional<Curator> byToken(String token) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT a.\"id\", a.\"name\", a.\"role\" FROM \"api_tokens\" t JOIN \"accounts\" a "
                        + "ON a.\"id\" = t.\"account\" WHERE t.\"token_hash\" = ?").bind(0, Secrets.sha256(token))
                .map((rs, ctx) -> new Curator(rs.getLong(1), rs.getString(2), AccountRole.of(rs.getString(3)))).findOne());
    }

    /** A random token (256 bits) for a form that has no session yet (the sign-in form). */
    public static String newToken() {
        return Secrets.random();
    }

    public Session openSession(Curator c) {
        String id = Secrets.random();
        String csrf = Secrets.random();
        db.jdbi().useHandle(h -> {
            h.createUpdate("DELETE FROM \"sessions\" WHERE \"expires\" < ?").bind(0, OffsetDateTime.now()).execute();
            h.createUpdate("INSERT INTO \"sessions\" (\"id_hash\", \"account\", \"csrf\", \"expires\") VALUES (?, ?, ?, ?)")
                    .bind(0, Secrets.sha256(id)).bind(1, c.id()).bind(2, csrf).bind(3, OffsetDateTime.now().plusHours(SESSION_HOURS)).execute();
        });
        return new Session(id, csrf, c);
    }

    public Optional<Session> session(String id) {
        if (id == null || id.isEmpty()) return Optional.empty();
        return db.jdbi().withHandle(h -> h.createQuery("SELECT a.\"id\", a.\"name\", a.\"role\", s.\"csrf\" FROM \"sessions\" s JOIN \"accounts\" a "
                        + "ON a.\"id\" = s.\"account\" WHERE s.\"id_hash\" = ? AND s.\"expires\" > ?").bind(0, Secrets.sha256(id))
                .bind(1, OffsetDateTime.now())
                .map((rs, ctx) -> new Session(id, rs.getString(4), new Curator(rs.getLong(1), rs.getString(2), AccountRole.of(rs.getString(3)))))
                .findOne());
    }

    public void closeSession(String id) {
        db.jdbi().useHandle(h -> h.createUpdate("DELETE FROM \"sessions\" WHERE \"id_hash\" = ?").bind(0, Secrets.sha256(id)).execute());
    }
}
