package org.comity.curation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.comity.support.Curators;
import org.comity.support.RunningServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole path through the real server: sign in, propose, review, publish, and find the change everywhere it shows. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurationTest {

    @RegisterExtension
    static final RunningServer site = new RunningServer();

    private Accounts.Created editor;
    private Accounts.Created reviewer;

    @BeforeAll
    void accounts() {
        Accounts accounts = new Accounts(site.app().database());
        editor = accounts.add("ed", AccountRole.EDITOR);
        reviewer = accounts.add("rev", AccountRole.REVIEWER);
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return new ObjectMapper().readTree(r.body());
    }

    private long proposals() {
        return site.app().database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"proposals\"").mapTo(Long.class).one());
    }

    @Test
    void editorProposesReviewerPublishesAndTheChangeIsEverywhereWithinASecond() throws Exception {
        String statusBefore = site.get("/api/status?state=NZL&org=who").body();
        assertThat(statusBefore).doesNotContain(Notice.EFFECTIVE);

        Curators ed = new Curators(site.port());
        HttpResponse<String> signedIn = ed.signIn("ed", editor.password());
        assertThat(signedIn.statusCode()).isEqualTo(303);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");

        HttpResponse<String> filed = ed.submit("/propose", "/propose", Map.of("summary", "New Zealand deposits its notice of withdrawal from the WHO",
                "rows", Notice.rows()));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(303);
        String page = filed.headers().firstValue("Location").orElseThrow();
        assertThat(page).matches("/review/\\d+");
        long id = Long.parseLong(page.substring("/review/".length()));

        // The editor may see the proposal but not publish it.
        HttpResponse<String> denied = ed.submit(page, page + "/publish", Map.of());
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("reviewer");

        Curators rev = new Curators(site.port());
        assertThat(rev.signIn("rev", reviewer.password()).statusCode()).isEqualTo(303);
        String review = rev.get(page).body();
        assertThat(review).contains("nzl-who-2026").contains("<ins>" + Notice.EFFECTIVE + "</ins>").contains("/publish");
        assertThat(rev.get("/review").body()).contains("/review/" + id);

        long t0 = System.nanoTime();
        HttpResponse<String> done = rev.submit(page, page + "/publish", Map.of());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        long published = System.nanoTime();
        System.out.printf("publishing took %.2f s%n", (published - t0) / 1e9);

        String status = site.get("/api/status?state=NZL&org=who").body();
        System.out.printf("status after %.2f s%n", (System.nanoTime() - published) / 1e9);
        JsonNode history = json(site.get("/api/history?org=who"));
        System.out.printf("history after %.2f s%n", (System.nanoTime() - published) / 1e9);
        String atom = site.get("/feeds/changes.atom?org=who").body();
        System.out.printf("feed after %.2f s%n", (System.nanoTime() - published) / 1e9);
        String calendar = site.get("/feeds/dates.ics?state=NZL").body();
        System.out.printf("calendar after %.2f s%n", (System.nanoTime() - published) / 1e9);
        double seconds = (System.nanoTime() - published) / 1e9;
        assertThat(seconds).isLessThan(1.0);

        assertThat(status).contains(Notice.EFFECTIVE).isNotEqualTo(statusBefore);
        JsonNode latest = history.get("changes").get(0);
        assertThat(latest.get("proposal").asLong()).isEqualTo(id);
        assertThat(latest.get("proposed_by").asText()).isEqualTo("ed");
        assertThat(latest.get("published_by").asText()).isEqualTo("rev");
        assertThat(latest.get("changes").toString()).contains("actions/nzl-who-2026.csv").contains(Notice.SOURCE);
        assertThat(latest.get("changes").get(0).get("lines").get(0).asText()).contains("by reviewer rev; source: " + Notice.SOURCE);

        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).isNotEmpty();
        assertThat(feed.getEntries().get(0).getTitle()).contains("New Zealand deposits its notice");
        assertThat(feed.getEntries().get(0).getDescription().getValue()).contains("nzl-who-2026").contains("by reviewer rev");

        // The calendar of coming dates holds the exit the notice starts, on its effective day.
        var events = biweekly.Biweekly.parse(calendar).first().getEvents();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getSummary().getValue()).contains("New Zealand").contains("WHO");
            assertThat(new java.text.SimpleDateFormat("yyyy-MM-dd").format(e.getDateStart().getValue())).isEqualTo(Notice.EFFECTIVE);
        });

        // The state's history and the change list since the version before have it too.
        assertThat(site.get("/api/history?state=NZL").body()).contains("nzl-who-2026");
        JsonNode since = json(site.get("/api/changes?since=" + (latest.get("version").asLong() - 1)));
        assertThat(since.get("changes")).hasSize(1);
        assertThat(site.get("/history?org=who").body()).contains("nzl-who-2026").contains("effective " + Notice.EFFECTIVE)
                .contains("by reviewer rev");

        // Published: the export (read from the store) carries the new file; the proposal cannot be published twice.
        assertThat(site.app().store().load().instruments()).anyMatch(i -> i.id().equals("nzl-who-2026"));
        java.nio.file.Path exported = java.nio.file.Files.createTempDirectory("comity-export");
        assertThat(site.cli().run("export", exported.toString()).exit()).isEqualTo(0);
        assertThat(java.nio.file.Files.readString(exported.resolve("actions/nzl-who-2026.csv"))).contains(Notice.EFFECTIVE).contains(Notice.SOURCE);
        assertThat(rev.submit(page, page + "/publish", Map.of()).statusCode()).isIn(403, 409);
    }

    @Test
    void aCorrectionShowsWhatChangedFromWhatToWhat() throws Exception {
        var api = site.http();
        String body = new ObjectMapper().writeValueAsString(Map.of("summary", "UNESCO: US exit effective 31 Dec 2026 (correction)",
                "rows", Map.of("actions/us-unesco-notice-2025-07-22.csv", java.util.List.of(Map.of("seq", "1", "effective", "2026-12-31")))));
        HttpResponse<String> filed = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.port() + "/api/proposals"))
                .header("Authorization", "Bearer " + editor.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        long id = json(filed).get("proposal").asLong();
        HttpResponse<String> published = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.port() + "/api/proposals/" + id + "/publish"))
                .header("Authorization", "Bearer " + reviewer.token()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        JsonNode change = json(site.get("/api/history?org=unesco&limit=1")).get("changes").get(0).get("changes").get(0);
        assertThat(change.get("lines").get(0).asText()).startsWith("effective changed on ").contains("from 2027-01-01 to 2026-12-31 by reviewer rev; source: https://www.unesco.de/");
        // The fact's own history: that row of that file, and nothing else.
        JsonNode own = json(site.get("/api/history?file=actions/us-unesco-notice-2025-07-22.csv&key=1")).get("changes");
        assertThat(own).isNotEmpty();
        for (JsonNode set : own) for (JsonNode c : set.get("changes")) assertThat(c.get("file").asText() + "#" + c.get("key").asText())
                .isEqualTo("actions/us-unesco-notice-2025-07-22.csv#1");
    }

    private HttpResponse<String> api(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return site.http().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String propose(String rows) throws Exception {
        return new ObjectMapper().writeValueAsString(Map.of("summary", "a bad proposal", "rows", DraftText.parse(rows)));
    }

    @Test
    void badProposalsAreRefusedWithTheFieldAndValueAndNothingIsStored() throws Exception {
        String unknownOrg = Notice.rows().replace("1,who,withdraw", "1,no-such-body,withdraw");
        String outOfOrder = Notice.rows("2025-01-01", Notice.SOURCE);
        String noSource = Notice.rows(Notice.EFFECTIVE, "");
        String refusedHost = Notice.rows().replace(Notice.SOURCE, "https://someone.blogspot.com/2026/11/nzl-leaves-who.html");
        Map<String, String[]> expected = new java.util.LinkedHashMap<>();
        expected.put(unknownOrg, new String[] {"no-such-body"});
        expected.put(outOfOrder, new String[] {"actions/nzl-who-2026.csv", "2025-01-01"});
        expected.put(noSource, new String[] {"no source"});
        expected.put(refusedHost, new String[] {"refused source", "blogspot.com"});
        long before = proposals();
        for (var e : expected.entrySet()) {
            HttpResponse<String> r = api("POST", "/api/proposals", editor.token(), propose(e.getKey()));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(json(r).get("error").asText()).contains(e.getValue());
        }
        HttpResponse<String> unknownFile = api("POST", "/api/proposals", editor.token(),
                new ObjectMapper().writeValueAsString(Map.of("summary", "x", "rows", Map.of("../etc/passwd", java.util.List.of(Map.of("a", "b"))))));
        assertThat(unknownFile.statusCode()).isEqualTo(400);
        assertThat(json(unknownFile).get("error").asText()).contains("'../etc/passwd' is not a file of the record");
        assertThat(proposals()).isEqualTo(before);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        Curators ed = new Curators(site.port());
        assertThat(ed.signIn("ed", editor.password()).statusCode()).isEqualTo(303);
        long before = proposals();
        HttpResponse<String> forged = ed.post("/propose", Map.of("summary", "forged", "rows", Notice.rows()));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF");
        HttpResponse<String> wrong = ed.post("/propose", Map.of("summary", "forged", "rows", Notice.rows(), "_csrf", "not-the-token"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        // The sign-in form is protected the same way.
        assertThat(new Curators(site.port()).post("/sign-in", Map.of("name", "ed", "password", editor.password())).statusCode()).isEqualTo(403);
        assertThat(proposals()).isEqualTo(before);
    }

    @Test
    void scriptAndSqlInAFieldAreStoredAsTextAndShownEscaped() throws Exception {
        String hostile = "<script>alert(1)</script>' OR 1=1; DROP TABLE \"proposals\"; --";
        Curators ed = new Curators(site.port());
        assertThat(ed.signIn("ed", editor.password()).statusCode()).isEqualTo(303);
        HttpResponse<String> filed = ed.submit("/propose", "/propose", Map.of("summary", hostile,
                "rows", "# actions/us-unesco-notice-2025-07-22.csv\nseq,note\n1,\"" + hostile.replace("\"", "\"\"") + "\"\n"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(303);
        String page = filed.headers().firstValue("Location").orElseThrow();
        String shown = ed.get(page).body();
        assertThat(shown).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        JsonNode stored = json(api("GET", "/api/proposals/" + page.substring("/review/".length()), editor.token(), null));
        assertThat(stored.get("summary").asText()).isEqualTo(hostile);
        assertThat(stored.get("rows").get("actions/us-unesco-notice-2025-07-22.csv").get(0).get("note").asText()).isEqualTo(hostile);
        HttpResponse<String> headers = ed.get(page);
        assertThat(headers.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'")
                .contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(headers.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void everyWriteRouteOfTheRouterRefusesAnonymousCallersAndTheWrongRole() throws Exception {
        Accounts.Created admin = new Accounts(site.app().database()).add("adm", AccountRole.ADMIN);
        Map<AccountRole, String> tokens = Map.of(AccountRole.EDITOR, editor.token(), AccountRole.REVIEWER, reviewer.token(),
                AccountRole.ADMIN, admin.token());
        java.util.Set<String> checked = new java.util.TreeSet<>();
        for (var e : site.server().endpoints()) {
            String method = e.method.name();
            if (!java.util.Set.of("POST", "PUT", "PATCH", "DELETE").contains(method)) continue;
            if (org.comity.web.WriteRoute.READS_BY_POST.contains(e.path)) continue;
            var roles = e.metadata(org.comity.web.WriteRoute.class);
            assertThat(roles).as(method + " " + e.path + " is a write route with no guard").isNotNull();
            String path = e.path.replaceAll("\\{[^}]+}", "1");
            HttpResponse<String> anonymous = api(method, path, null, "{}");
            assertThat(anonymous.statusCode()).as("anonymous " + method + " " + path).isEqualTo(401);
            for (AccountRole role : AccountRole.values()) {
                if (roles.admitted().contains(role)) continue;
                HttpResponse<String> wrong = api(method, path, tokens.get(role), "{}");
                assertThat(wrong.statusCode()).as(role + " " + method + " " + path).isEqualTo(403);
            }
            checked.add(method + " " + e.path);
        }
        assertThat(checked).contains("POST /api/proposals", "POST /api/proposals/{id}/publish", "POST /propose", "POST /review/{id}/publish");
    }

    @Test
    void failedSignInsAreRateLimited() throws Exception {
        Accounts.Created target = new Accounts(site.app().database()).add("target", AccountRole.EDITOR);
        Curators c = new Curators(site.port());
        for (int i = 0; i < 5; i++) assertThat(c.signIn("target", "wrong-" + i).statusCode()).isEqualTo(401);
        assertThat(c.signIn("target", "wrong-again").statusCode()).isEqualTo(429);
        assertThat(c.signIn("target", target.password()).statusCode()).as("even the right password waits").isEqualTo(429);
    }

    @Test
    void userAddPrintsThePasswordAndTokenOnceAndTheyWork() throws Exception {
        var r = site.cli().run("user", "add", "cli-editor", "--role", "editor", "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        JsonNode printed = r.json();
        assertThat(printed.get("role").asText()).isEqualTo("editor");
        assertThat(new Curators(site.port()).signIn("cli-editor", printed.get("password").asText()).statusCode()).isEqualTo(303);
        assertThat(api("GET", "/api/proposals", printed.get("token").asText(), null).statusCode()).isEqualTo(200);
        String stored = site.app().database().jdbi().withHandle(h -> h.createQuery("SELECT \"password_hash\" FROM \"accounts\" WHERE \"name\" = 'cli-editor'")
                .mapTo(String.class).one());
        assertThat(stored).startsWith("$argon2id$").doesNotContain(printed.get("password").asText());
        assertThat(site.cli().run("user", "add", "cli-editor", "--role", "editor").exit()).isEqualTo(2);
        assertThat(site.cli().run("user", "add", "someone", "--role", "owner").err()).contains("'owner' is not a role");
    }

    @Test
    void aRejectedProposalChangesNothingAndKeepsItsReason() throws Exception {
        long version = site.app().store().version();
        String body = new ObjectMapper().writeValueAsString(Map.of("summary", "IRENA moves", "rows",
                Map.of("organizations.csv", java.util.List.of(Map.of("id", "irena", "headquarters", "Bonn")))));
        long id = json(api("POST", "/api/proposals", editor.token(), body)).get("proposal").asLong();
        assertThat(json(api("GET", "/api/proposals/" + id, reviewer.token(), null)).get("diff").toString()).contains("headquarters").contains("Bonn");
        HttpResponse<String> rejected = api("POST", "/api/proposals/" + id + "/reject", reviewer.token(), "{\"reason\":\"no source says so\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        JsonNode p = json(api("GET", "/api/proposals/" + id, editor.token(), null));
        assertThat(p.get("status").asText()).isEqualTo("rejected");
        assertThat(p.get("reason").asText()).isEqualTo("no source says so");
        assertThat(site.app().store().version()).isEqualTo(version);
        assertThat(api("POST", "/api/proposals/" + id + "/publish", reviewer.token(), null).statusCode()).isEqualTo(409);
    }

    @Test
    void aPublishWhileAnotherWriteHoldsTheStoreIsAConflictAndChangesNothing() throws Exception {
        String body = new ObjectMapper().writeValueAsString(Map.of("summary", "ICCROM moves", "rows",
                Map.of("organizations.csv", java.util.List.of(Map.of("id", "iccrom", "headquarters", "Rome (while busy)")))));
        long id = json(api("POST", "/api/proposals", editor.token(), body)).get("proposal").asLong();
        long version = site.app().store().version();
        // Another writer (an import in another process) holds the dataset store's row until it switches copies.
        try (var other = site.app().database().jdbi().open()) {
            other.begin();
            other.createQuery("SELECT \"live\" FROM \"store_copies\" WHERE \"store\" = 'dataset' FOR UPDATE").mapTo(Integer.class).one();
            HttpResponse<String> busy = api("POST", "/api/proposals/" + id + "/publish", reviewer.token(), null);
            assertThat(busy.statusCode()).as(busy.body()).isEqualTo(409);
            assertThat(busy.body()).contains("another command is writing the dataset store");
            other.rollback();
        }
        assertThat(site.app().store().version()).isEqualTo(version);
        assertThat(json(api("GET", "/api/proposals/" + id, editor.token(), null)).get("status").asText()).isEqualTo("queued");
        HttpResponse<String> published = api("POST", "/api/proposals/" + id + "/publish", reviewer.token(), null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(site.app().snapshots().get().dataset().organizations().stream().filter(o -> o.id().equals("iccrom"))
                .findFirst().orElseThrow().headquarters()).isEqualTo("Rome (while busy)");
    }

    @Test
    void anImportIsRecordedInTheHistoryRowByRow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var copy = org.comity.support.RecordCopy.of(dir.resolve("record"))
                .set("organizations.csv", "id", "irena", "headquarters", "Masdar City, Abu Dhabi (imported)");
        var r = site.cli().run("import", "dataset", copy.dir().toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        JsonNode latest = json(site.get("/api/history?org=irena&limit=1")).get("changes").get(0);
        assertThat(latest.get("command").asText()).startsWith("import dataset ");
        assertThat(latest.get("changes").get(0).get("lines").get(0).asText()).startsWith("headquarters changed on ")
                .contains("to Masdar City, Abu Dhabi (imported) by import dataset");
    }

    @Test
    void behindTlsTheSessionCookieIsSecure() throws Exception {
        Curators c = new Curators(site.port());
        String csrf = Curators.csrf(c.get("/sign-in").body());
        String signInCookie = "comity_signin=" + csrf;
        HttpResponse<String> r = site.http().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.port() + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https").header("Cookie", signInCookie)
                .POST(HttpRequest.BodyPublishers.ofString("name=ed&password=" + java.net.URLEncoder.encode(editor.password(), java.nio.charset.StandardCharsets.UTF_8)
                        + "&_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly").contains("SameSite=Strict").contains("Secure");
    }

    @Test
    void anAdminCreatesAccountsAndNobodyElseMay() throws Exception {
        Accounts.Created admin = new Accounts(site.app().database()).add("root", AccountRole.ADMIN);
        HttpResponse<String> made = api("POST", "/api/accounts", admin.token(), "{\"name\":\"rev-b\",\"role\":\"reviewer\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(api("GET", "/api/proposals", json(made).get("token").asText(), null).statusCode()).isEqualTo(200);
        assertThat(api("POST", "/api/accounts", reviewer.token(), "{\"name\":\"x\",\"role\":\"admin\"}").statusCode()).isEqualTo(403);
        assertThat(json(api("POST", "/api/accounts", admin.token(), "{\"name\":\"Bad Name\",\"role\":\"editor\"}")).get("error").asText())
                .contains("'Bad Name' is not an account name");
    }

    @Test
    void aChangedMemberEpisodeIsDiffedAgainstTheRowItReplaces() throws Exception {
        String body = new ObjectMapper().writeValueAsString(Map.of("summary", "NZL in the WHO: note the date of acceptance", "rows",
                Map.of("members/who.csv", java.util.List.of(Map.of("state", "NZL", "role", "member", "start", "1948-04-07",
                        "note", "acceptance deposited 10 Dec 1946; member from 7 Apr 1948")))));
        HttpResponse<String> filed = api("POST", "/api/proposals", editor.token(), body);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode diff = json(api("GET", "/api/proposals/" + json(filed).get("proposal").asLong(), reviewer.token(), null)).get("diff");
        assertThat(diff).hasSize(1);
        assertThat(diff.get(0).get("key").asText()).isEqualTo("NZL|member|1948-04-07");
        assertThat(diff.get(0).get("kind").asText()).isEqualTo("changed");
        assertThat(diff.get(0).get("fields")).hasSize(1);
        assertThat(diff.get(0).get("fields").get(0).get("column").asText()).isEqualTo("note");
    }
}
