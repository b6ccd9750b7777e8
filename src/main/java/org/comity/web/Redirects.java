package org.comity.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.comity.App;
import org.comity.api.Json;
import org.comity.domain.IdKind;
import org.comity.domain.ReplacedId;
import org.comity.snapshot.Snapshot;

/**
 * An id once published keeps answering: the page or API address of a replaced organization or legal act
 * (data/record/replaced-ids.csv) is moved permanently (301) to the id that replaced it; under /api/ the
 * body says so too ({@code replaced_by}).
 */
final class Redirects {

    private final App app;

    Redirects(App app) {
        this.app = app;
    }

    void register(RoutesConfig r) {
        r.before("/orgs/{id}", ctx -> redirect(ctx, IdKind.ORGANIZATION, "/orgs/"));
        r.before("/instruments/{id}", ctx -> redirect(ctx, IdKind.INSTRUMENT, "/instruments/"));
        r.before("/api/orgs/{id}", ctx -> redirect(ctx, IdKind.ORGANIZATION, "/api/orgs/"));
        r.before("/api/instruments/{id}", ctx -> redirect(ctx, IdKind.INSTRUMENT, "/api/instruments/"));
    }

    private void redirect(Context ctx, IdKind kind, String prefix) {
        Snapshot s = app.snapshots().get();
        String id = ctx.pathParam("id");
        if ((kind == IdKind.ORGANIZATION ? s.org(id) : s.instrument(id)) != null) return;
        ReplacedId replaced = ReplacedId.find(s.dataset().replacedIds(), kind, id);
        String now = ReplacedId.current(s.dataset().replacedIds(), kind, id);
        if (replaced == null || now == null) return;
        String location = prefix + now + (ctx.queryString() == null || ctx.queryString().isEmpty() ? "" : "?" + ctx.queryString());
        ctx.status(301).header("Location", location);
        if (prefix.startsWith("/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.put("kind", kind.code());
            body.put("replaced_by", now);
            body.put("date", replaced.date().toString());
            body.put("reason", replaced.reason().code());
            body.put("location", location);
            ctx.contentType("application/json; charset=utf-8").result(Json.compact(body));
        }
        ctx.skipRemainingHandlers();
    }
}
