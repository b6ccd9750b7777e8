package org.comity.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Map;
import org.comity.App;
import org.comity.api.Json;
import org.comity.api.Shapes;
import org.comity.domain.Category;
import org.comity.domain.OrgKind;
import org.comity.domain.Section;
import org.comity.query.Answers;
import org.comity.query.BadInputException;
import org.comity.query.Lookup;
import org.comity.query.OrgFilter;

/** The JSON API: the same answers as the CLI verbs of the same name (both render {@link Shapes}). */
final class ApiRoutes {

    private final App app;

    ApiRoutes(App app) {
        this.app = app;
    }

    void register(RoutesConfig r) {
        r.get("/api/orgs", this::orgs);
        r.get("/api/orgs/{id}", this::org);
        r.get("/api/status", this::status);
        r.get("/api/timeline", this::timeline);
        r.get("/api/members", this::members);
        r.get("/api/memberships", this::memberships);
        r.get("/api/diff", this::diff);
        r.get("/api/instruments/{id}", this::instrument);
        r.get("/api/search", this::search);
        r.get("/api/count", this::count);
        r.get("/api/conflicts", ctx -> json(ctx, app.answers().conflicts().stream().map(Shapes::conflict).toList()));
    }

    private void orgs(Context ctx) {
        OrgFilter f = new OrgFilter(ctx.queryParam("instrument"),
                opt(ctx, "section") == null ? null : Lookup.code(Section.class, ctx.queryParam("section"), "section"),
                opt(ctx, "category") == null ? null : Lookup.code(Category.class, ctx.queryParam("category"), "category"),
                opt(ctx, "kind") == null ? null : Lookup.code(OrgKind.class, ctx.queryParam("kind"), "kind"));
        json(ctx, app.answers().orgs(f).stream().map(Shapes::orgRow).toList());
    }

    private void org(Context ctx) {
        Answers a = app.answers();
        var o = Lookup.org(a.snapshot(), ctx.pathParam("id"));
        json(ctx, Shapes.org(a.snapshot(), o, a.timeline(null, o, null, null)));
    }

    private void status(Context ctx) {
        Answers a = app.answers();
        var state = Lookup.state(a.snapshot(), required(ctx, "state"));
        var org = Lookup.org(a.snapshot(), required(ctx, "org"));
        json(ctx, Shapes.status(a, a.status(state, org, day(ctx, "on"))));
    }

    private void timeline(Context ctx) {
        Answers a = app.answers();
        var s = a.snapshot();
        json(ctx, a.timeline(opt(ctx, "state") == null ? null : Lookup.state(s, ctx.queryParam("state")),
                opt(ctx, "org") == null ? null : Lookup.org(s, ctx.queryParam("org")),
                opt(ctx, "from") == null ? null : Lookup.date(ctx.queryParam("from"), "from"),
                opt(ctx, "to") == null ? null : Lookup.date(ctx.queryParam("to"), "to")).stream().map(e -> Shapes.event(s, e)).toList());
    }

    private void members(Context ctx) {
        Answers a = app.answers();
        var s = a.snapshot();
        var org = Lookup.org(s, required(ctx, "org"));
        String role = opt(ctx, "role");
        var roles = role == null ? java.util.Set.copyOf(a.countedRoles(org)) : Lookup.roles(role, "role");
        json(ctx, a.members(org, day(ctx, "on"), roles).stream().map(e -> Shapes.member(s, e)).toList());
    }

    private void memberships(Context ctx) {
        Answers a = app.answers();
        var state = Lookup.state(a.snapshot(), required(ctx, "state"));
        json(ctx, a.memberships(state, day(ctx, "on")).stream().map(m -> Shapes.membership(a.snapshot(), m)).toList());
    }

    private void instrument(Context ctx) {
        Answers a = app.answers();
        var i = a.snapshot().instrument(ctx.pathParam("id"));
        if (i == null) throw new org.comity.query.NotFoundException("no instrument '" + ctx.pathParam("id") + "'");
        json(ctx, Shapes.instrument(a, i, day(ctx, "on")));
    }

    /** One ranked list (org.comity.search), each hit with its type; organizations with the US status on {@code on}. */
    private void search(Context ctx) {
        Answers a = app.answers();
        String q = required(ctx, "q");
        String lang = opt(ctx, "lang") == null ? "en" : ctx.queryParam("lang");
        if (!lang.equals("en") && !lang.equals("zh")) throw new BadInputException("lang: '" + lang + "' is not one of en|zh");
        int limit = opt(ctx, "limit") == null ? 50 : count(ctx.queryParam("limit"), "limit", org.comity.search.SearchIndex.MAX_HITS);
        var result = org.comity.search.SearchIndex.of(a.snapshot()).search(q, limit);
        var answer = org.comity.api.SearchShapes.answer(a, q, lang, result, day(ctx, "on"));
        // In CSV the ranked list is the table: one hit a row (suggestions when nothing matched).
        json(ctx, "csv".equals(ctx.queryParam("format")) ? answer.get(result.hits().isEmpty() ? "suggestions" : "results") : answer);
    }

    private static int count(String v, String name, int max) {
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1 && n <= max) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadInputException(name + ": '" + v + "' is not a number from 1 to " + max);
    }

    private void diff(Context ctx) {
        Answers a = app.answers();
        var state = Lookup.state(a.snapshot(), required(ctx, "state"));
        json(ctx, a.diff(state, Lookup.date(required(ctx, "from"), "from"), Lookup.date(required(ctx, "to"), "to"))
                .stream().map(Shapes::change).toList());
    }

    private void count(Context ctx) {
        Answers a = app.answers();
        var org = Lookup.org(a.snapshot(), required(ctx, "org"));
        json(ctx, a.count(org, year(required(ctx, "from")), year(required(ctx, "to"))).stream().map(Shapes::yearCount).toList());
    }

    private static int year(String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException("'" + v + "' is not a year");
        }
    }

    /** JSON, or CSV when the request asks {@code format=csv} (the download links of every page). */
    static void json(Context ctx, Object answer) {
        org.comity.release.Citation cite = DataRoutes.citation(ctx);
        boolean answered = cite != null && ctx.path().startsWith("/api/") && ctx.statusCode() < 300;
        if (answered) ctx.header("Link", "<" + cite.url() + ">; rel=\"cite-as\"");
        if ("csv".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/csv; charset=utf-8").result(org.comity.api.Csv.render(answer));
        } else {
            ctx.contentType("application/json; charset=utf-8").result(Json.compact(answered ? withCite(answer, cite) : answer));
        }
    }

    /** An answer that is an object gets a {@code cite} block (release and permalink); lists keep their shape (the Link header cites them). */
    private static Object withCite(Object answer, org.comity.release.Citation cite) {
        if (!(answer instanceof Map<?, ?> m) || m.containsKey("cite")) return answer;
        Map<Object, Object> out = new java.util.LinkedHashMap<>(m);
        out.put("cite", cite.json());
        return out;
    }

    static void error(Context ctx, int status, String message, Object candidates) {
        ctx.status(status);
        json(ctx, candidates == null ? Map.of("error", message) : Map.of("error", message, "candidates", candidates));
    }

    /** A query parameter, or null when absent or blank (shared with the download routes). */
    static String opt(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v;
    }

    static String required(Context ctx, String name) {
        String v = opt(ctx, name);
        if (v == null) throw new BadInputException("query parameter '" + name + "' is required");
        return v;
    }

    private LocalDate day(Context ctx, String name) {
        String v = opt(ctx, name);
        return v == null ? app.today().date() : Lookup.date(v, name);
    }
}
