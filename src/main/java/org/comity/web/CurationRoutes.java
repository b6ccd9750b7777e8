package org.comity.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.comity.App;
import org.comity.curation.AccountRole;
import org.comity.curation.Accounts;
import org.comity.curation.ChangeFeed;
import org.comity.curation.DraftText;
import org.comity.curation.FactChange;
import org.comity.curation.History;
import org.comity.curation.ProposalDraft;
import org.comity.curation.Proposals;
import org.comity.curation.RecordRows;
import org.comity.dataset.DatasetException;
import org.comity.query.BadInputException;
import org.comity.query.NotFoundException;

/**
 * Curation on the web and the API: signing in, proposing, the review queue with its diff, publishing or
 * rejecting; and what anyone may read: the history of the facts (/api/history, /history), the changes
 * since a version or a date (/api/changes) and their Atom feed (/feeds/changes.atom).
 */
final class CurationRoutes {

    static final Set<AccountRole> PROPOSERS = EnumSet.of(AccountRole.EDITOR, AccountRole.REVIEWER);
    static final Set<AccountRole> REVIEWERS = EnumSet.of(AccountRole.REVIEWER);
    static final Set<AccountRole> ANYONE_SIGNED_IN = EnumSet.allOf(AccountRole.class);
    /** Failed sign-ins per client and name, in a quarter of an hour. */
    static final int FAILED_SIGN_INS = 5;
    private static final String SIGN_IN_COOKIE = "comity_signin";
    private static final long SESSION_SECONDS = 12 * 3600;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final App app;
    private final Accounts accounts;
    private final Proposals proposals;
    private final History history;
    private final Guard guard;
    private final Limits.Window failed = new Limits.Window(FAILED_SIGN_INS, 15 * 60_000);
    /** And per client whatever the names it tries, so that guessing many names is slowed as much. */
    private final Limits.Window failedByClient = new Limits.Window(4 * FAILED_SIGN_INS, 15 * 60_000);
    private final TemplateEngine jte = TemplateEngine.createPrecompiled(ContentType.Html);

    CurationRoutes(App app) {
        this.app = app;
        this.accounts = new Accounts(app.database());
        this.proposals = new Proposals(app);
        this.history = new History(app.database());
        this.guard = new Guard(accounts);
        // ROME and its XML classes take a while to load: do it now, so the first feed read is quick.
        Thread warm = new Thread(() -> ChangeFeed.atom(List.of(), "warm-up", "http://localhost", "/feeds/changes.atom", "/history"), "comity-feed-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    void register(RoutesConfig r) {
        r.get("/sign-in", this::signInPage);
        r.post("/sign-in", this::signIn);
        guard.write(r, HandlerType.POST, "/sign-out", ANYONE_SIGNED_IN, this::signOut);
        r.get("/propose", this::proposePage);
        guard.write(r, HandlerType.POST, "/propose", PROPOSERS, this::proposeForm);
        r.get("/review", this::reviewPage);
        r.get("/review/{id}", this::proposalPage);
        guard.write(r, HandlerType.POST, "/review/{id}/publish", REVIEWERS, (ctx, c) -> {
            publish(ctx, c);
            ctx.redirect("/review/" + ctx.pathParam("id"), io.javalin.http.HttpStatus.SEE_OTHER);
        });
        guard.write(r, HandlerType.POST, "/review/{id}/reject", REVIEWERS, (ctx, c) -> {
            proposals.reject(id(ctx), c.curator().name(), ctx.formParam("reason"));
            ctx.redirect("/review/" + ctx.pathParam("id"), io.javalin.http.HttpStatus.SEE_OTHER);
        });
        guard.write(r, HandlerType.POST, "/api/proposals", PROPOSERS, this::proposeApi);
        r.get("/api/proposals", this::listApi);
        r.get("/api/proposals/{id}", this::getApi);
        guard.write(r, HandlerType.POST, "/api/proposals/{id}/publish", REVIEWERS, (ctx, c) ->
                ApiRoutes.json(ctx, Map.of("proposal", id(ctx), "status", "published", "version", publish(ctx, c))));
        guard.write(r, HandlerType.POST, "/api/proposals/{id}/reject", REVIEWERS, (ctx, c) -> {
            proposals.reject(id(ctx), c.curator().name(), body(ctx).getOrDefault("reason", ""));
            ApiRoutes.json(ctx, Map.of("proposal", id(ctx), "status", "rejected"));
        });
        guard.write(r, HandlerType.POST, "/api/accounts", EnumSet.of(AccountRole.ADMIN), this::addAccount);
        r.get("/api/history", ctx -> ApiRoutes.json(ctx, Map.of("changes", shapes(history.entries(filter(ctx, 0, null))))));
        r.get("/api/changes", this::changesApi);
        r.get("/history", this::historyPage);
        r.get("/feeds/changes.atom", this::feed);
        r.exception(Proposals.NotAllowed.class, (e, ctx) -> Guard.refuse(ctx, 403, e.getMessage()));
    }

    /** The history section of an organization's or a state's page (either may be null), for the page to place. */
    String historyFragment(String org, String state) {
        var entries = history.entries(new History.Filter(0, null, org, state, 50));
        return render("history", params("entries", entries, "feed", feedPath(org, state)));
    }

    // --- signing in

    private void signInPage(Context ctx) {
        String token = org.comity.curation.Accounts.newToken();
        ctx.res().addHeader("Set-Cookie", SIGN_IN_COOKIE + "=" + token + "; Path=/sign-in; HttpOnly; SameSite=Strict"
                + (Guard.overTls(ctx) ? "; Secure" : ""));
        page(ctx, 200, "signin", params("csrf", token, "error", null, "name", ""));
    }

    private void signIn(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String expected = ctx.cookie(SIGN_IN_COOKIE);
        String sent = ctx.formParam(Guard.CSRF_FIELD);
        if (expected == null || sent == null || !java.security.MessageDigest.isEqual(expected.getBytes(), sent.getBytes())) {
            Guard.refuse(ctx, 403, "the sign-in form's CSRF token is missing or wrong; reload the page and send it again");
            return;
        }
        String key = ctx.ip() + " " + name;
        if (failed.exhausted(key) || failedByClient.exhausted(ctx.ip())) {
            ctx.header("Retry-After", "900");
            Guard.refuse(ctx, 429, "too many failed sign-ins: at most " + FAILED_SIGN_INS + " in 15 minutes; try again later");
            return;
        }
        Optional<Accounts.Curator> curator = accounts.check(name, ctx.formParam("password"));
        if (curator.isEmpty()) {
            failed.allow(key);
            failedByClient.allow(ctx.ip());
            page(ctx, 401, "signin", params("csrf", sent, "error", "wrong name or password", "name", name));
            return;
        }
        Accounts.Session s = accounts.openSession(curator.get());
        Guard.setSession(ctx, s.id(), SESSION_SECONDS);
        ctx.redirect(curator.get().role() == AccountRole.REVIEWER ? "/review" : "/propose", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx, Guard.Caller c) {
        if (c.session() != null) accounts.closeSession(c.session().id());
        Guard.setSession(ctx, "", 0);
        ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    // --- proposing

    private void proposePage(Context ctx) {
        Optional<Guard.Caller> c = signedIn(ctx);
        if (c.isEmpty()) return;
        proposeForm(ctx, c.get(), 200, null, "", "");
    }

    private void proposeForm(Context ctx, Guard.Caller c) {
        String summary = Optional.ofNullable(ctx.formParam("summary")).orElse("");
        String rows = Optional.ofNullable(ctx.formParam("rows")).orElse("");
        try {
            long id = proposals.file(c.curator().name(), new ProposalDraft(summary, DraftText.parse(rows)));
            ctx.redirect("/review/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (DatasetException e) {
            proposeForm(ctx, c, 400, e.getMessage(), summary, rows);
        }
    }

    private void proposeForm(Context ctx, Guard.Caller c, int status, String error, String summary, String rows) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        RecordRows.of(app.snapshots().get().dataset()).forEach((file, sheet) -> {
            if (file.startsWith("actions/")) columns.putIfAbsent("actions/ID.csv", sheet.columns());
            else if (file.startsWith("members/")) columns.putIfAbsent("members/ORG.csv", sheet.columns());
            else columns.put(file, sheet.columns());
        });
        page(ctx, status, "propose", params("curator", c.curator().name(), "csrf", csrf(c), "error", error, "summary", summary,
                "rows", rows, "columns", columns));
    }

    private void proposeApi(Context ctx, Guard.Caller c) {
        ProposalDraft draft;
        try {
            draft = JSON.readValue(ctx.body(), ProposalDraft.class);
        } catch (java.io.IOException e) {
            throw new BadInputException("the body is not a proposal: {\"summary\": \"...\", \"rows\": {\"FILE\": [{\"COLUMN\": \"VALUE\"}]}}");
        }
        long id = proposals.file(c.curator().name(), draft);
        ctx.status(201);
        ApiRoutes.json(ctx, Map.of("proposal", id, "status", "queued"));
    }

    /** An admin creates an account; its password and token are in this answer only. */
    private void addAccount(Context ctx, Guard.Caller c) {
        Map<String, String> b = body(ctx, "name", "role");
        Accounts.Created created;
        try {
            created = accounts.add(b.getOrDefault("name", ""), AccountRole.of(b.getOrDefault("role", "")));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Map<String, Object> answer = created.shape();
        ctx.status(201).header("Cache-Control", "no-store");
        ApiRoutes.json(ctx, answer);
    }

    // --- reviewing

    private void reviewPage(Context ctx) {
        Optional<Guard.Caller> c = signedIn(ctx);
        if (c.isEmpty()) return;
        List<Proposals.Proposal> decided = new java.util.ArrayList<>(proposals.list(Proposals.Status.published));
        decided.addAll(proposals.list(Proposals.Status.rejected));
        decided.sort(java.util.Comparator.comparing(Proposals.Proposal::id).reversed());
        page(ctx, 200, "review", params("curator", c.get().curator().name(), "csrf", csrf(c.get()),
                "queued", proposals.list(Proposals.Status.queued), "decided", decided.subList(0, Math.min(20, decided.size()))));
    }

    private void proposalPage(Context ctx) {
        Optional<Guard.Caller> c = signedIn(ctx);
        if (c.isEmpty()) return;
        Proposals.Proposal p = proposal(ctx);
        List<FactChange> diff = List.of();
        String diffError = null;
        if (p.status() == Proposals.Status.queued) {
            try {
                diff = proposals.diff(p);
            } catch (DatasetException e) {
                diffError = e.getMessage();
            }
        } else if (p.version() != null) {
            diff = history.entries(new History.Filter(p.version() - 1, null, null, null, 1)).stream()
                    .filter(e -> e.version() == p.version()).findFirst().map(History.Entry::facts).orElse(List.of());
        }
        Accounts.Curator me = c.get().curator();
        boolean canDecide = p.status() == Proposals.Status.queued && REVIEWERS.contains(me.role()) && !me.name().equals(p.editor());
        page(ctx, 200, "proposal", params("curator", me.name(), "csrf", csrf(c.get()), "p", p, "diff", diff, "diffError", diffError,
                "rows", DraftText.format(p.draft().rows()), "canDecide", canDecide));
    }

    private long publish(Context ctx, Guard.Caller c) {
        try {
            return proposals.publish(id(ctx), c.curator().name());
        } catch (IllegalStateException | org.comity.store.Copies.BusyException e) {
            // the record changed meanwhile, or another write (an import) holds the store: publish again
            throw new io.javalin.http.ConflictResponse(e.getMessage());
        }
    }

    private void listApi(Context ctx) {
        if (signedInApi(ctx).isEmpty()) return;
        String status = Optional.ofNullable(ctx.queryParam("status")).orElse("queued");
        Proposals.Status s;
        try {
            s = Proposals.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("status '" + status + "' is not one of queued, published, rejected");
        }
        ApiRoutes.json(ctx, Map.of("proposals", proposals.list(s).stream().map(CurationRoutes::shape).toList()));
    }

    private void getApi(Context ctx) {
        if (signedInApi(ctx).isEmpty()) return;
        Proposals.Proposal p = proposal(ctx);
        Map<String, Object> m = shape(p);
        if (p.status() == Proposals.Status.queued) {
            try {
                m.put("diff", proposals.diff(p).stream().map(f -> Map.of("file", f.file(), "key", f.key(), "kind", f.kind(),
                        "fields", f.fields())).toList());
            } catch (DatasetException e) {
                m.put("no_longer_applies", e.getMessage());
            }
        }
        ApiRoutes.json(ctx, m);
    }

    private static Map<String, Object> shape(Proposals.Proposal p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("summary", p.summary());
        m.put("editor", p.editor());
        m.put("status", p.status().name());
        m.put("created", p.created().toInstant().toString());
        m.put("reviewer", p.reviewer());
        m.put("reason", p.reason());
        m.put("version", p.version());
        m.put("rows", p.draft().rows());
        return m;
    }

    // --- what anyone may read

    private void changesApi(Context ctx) {
        String since = ctx.queryParam("since");
        if (since == null || since.isBlank()) throw new BadInputException("since: give a dataset version (a number) or a date (YYYY-MM-DD)");
        History.Filter f;
        if (since.matches("\\d{1,18}")) {
            f = filter(ctx, Long.parseLong(since), null);
        } else {
            try {
                f = filter(ctx, 0, LocalDate.parse(since).atStartOfDay().atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                throw new BadInputException("since '" + since + "' is neither a dataset version nor a date (YYYY-MM-DD)");
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("since", since);
        answer.put("version", app.snapshots().get().version());
        answer.put("changes", shapes(history.entries(f)));
        ApiRoutes.json(ctx, answer);
    }

    private void historyPage(Context ctx) {
        History.Filter f = filter(ctx, 0, null);
        String title = f.org() != null ? "Changes to " + f.org() : f.state() != null ? "Changes for " + f.state() : "Published changes";
        Optional<Guard.Caller> c = guard.caller(ctx);
        page(ctx, 200, "historypage", params("curator", c.map(x -> x.curator().name()).orElse(null), "csrf", c.map(this::csrf).orElse(null),
                "title", title, "entries", history.entries(f), "feed", feedPath(f.org(), f.state())));
    }

    private void feed(Context ctx) {
        History.Filter f = filter(ctx, 0, null);
        String title = "Comity: published changes" + (f.org() != null ? " to " + f.org() : "") + (f.state() != null ? " for " + f.state() : "");
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        String page = f.org() != null ? "/orgs/" + f.org() : f.state() != null ? "/states/" + f.state() : "/history";
        ctx.contentType("application/atom+xml; charset=utf-8")
                .result(ChangeFeed.atom(history.entries(f), title, base(ctx), "/feeds/changes.atom" + query, page));
    }

    private History.Filter filter(Context ctx, long after, java.time.OffsetDateTime since) {
        String org = blankToNull(ctx.queryParam("org"));
        String state = blankToNull(ctx.queryParam("state"));
        var d = app.snapshots().get().dataset();
        if (org != null && d.organizations().stream().noneMatch(o -> o.id().equals(org))) throw new NotFoundException("no organization '" + org + "'");
        if (state != null && d.states().stream().noneMatch(s -> s.iso3().equals(state))) throw new NotFoundException("no state '" + state + "'");
        int limit = 100;
        String l = ctx.queryParam("limit");
        if (l != null) {
            if (!l.matches("\\d{1,4}") || Integer.parseInt(l) < 1 || Integer.parseInt(l) > 1000) throw new BadInputException("limit '" + l + "' is not 1 to 1000");
            limit = Integer.parseInt(l);
        }
        // One fact's own history: its file and its row's key (/api/history?file=actions/x.csv&key=1).
        String file = blankToNull(ctx.queryParam("file"));
        String key = ctx.queryParam("key");
        if (key != null && file == null) throw new BadInputException("key '" + key + "' names a row of a file: give file too");
        return new History.Filter(after, since, org, state, file, key, limit);
    }

    private static List<Map<String, Object>> shapes(List<History.Entry> entries) {
        return entries.stream().map(History::shape).toList();
    }

    static String feedPath(String org, String state) {
        if (org != null) return "/feeds/changes.atom?org=" + org;
        if (state != null) return "/feeds/changes.atom?state=" + state;
        return "/feeds/changes.atom";
    }

    // --- helpers

    /** The signed-in caller of a page; anyone else is sent to the sign-in page. */
    private Optional<Guard.Caller> signedIn(Context ctx) {
        Optional<Guard.Caller> c = guard.caller(ctx);
        if (c.isEmpty()) ctx.redirect("/sign-in", io.javalin.http.HttpStatus.SEE_OTHER);
        return c;
    }

    private Optional<Guard.Caller> signedInApi(Context ctx) {
        Optional<Guard.Caller> c = guard.caller(ctx);
        if (c.isEmpty()) Guard.refuse(ctx, 401, "sign in first: proposals are seen by curators (a session or an API token)");
        return c;
    }

    private String csrf(Guard.Caller c) {
        return c.session() == null ? "" : c.session().csrf();
    }

    private Proposals.Proposal proposal(Context ctx) {
        long id = id(ctx);
        return proposals.get(id).orElseThrow(() -> new NotFoundException("no proposal #" + id));
    }

    private static long id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("\\d{1,18}")) throw new BadInputException("'" + id + "' is not a proposal number");
        return Long.parseLong(id);
    }

    private static Map<String, String> body(Context ctx) {
        return body(ctx, "reason");
    }

    /** A small JSON object of strings, or the same fields of a form. */
    private static Map<String, String> body(Context ctx, String... fields) {
        if (Guard.isForm(ctx)) {
            Map<String, String> m = new HashMap<>();
            for (String f : fields) m.put(f, Optional.ofNullable(ctx.formParam(f)).orElse(""));
            return m;
        }
        try {
            Map<String, String> m = JSON.readValue(ctx.body().isBlank() ? "{}" : ctx.body(),
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {});
            return m;
        } catch (java.io.IOException e) {
            throw new BadInputException("the body is not a JSON object of " + String.join(", ", fields));
        }
    }

    private static String base(Context ctx) {
        String scheme = Guard.overTls(ctx) ? "https" : "http";
        return scheme + "://" + ctx.host();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        jte.render("curation/" + template + ".jte", params, out);
        return out.toString();
    }

    private void page(Context ctx, int status, String template, Map<String, Object> params) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(render(template, params));
    }
}
