package org.comity.web;

import static org.comity.web.Html.esc;

import io.javalin.http.Context;
import java.util.List;

/** Errors as JSON under /api/, as a page elsewhere; the message is the same one-line answer the CLI gives. */
final class Errors {

    private Errors() {}

    static void show(Context ctx, int status, String message, List<String> candidates) {
        if (ctx.path().startsWith("/api/")) {
            ApiRoutes.error(ctx, status, message, candidates);
            return;
        }
        ctx.status(status);
        Lang lang = Lang.of(ctx);
        StringBuilder b = new StringBuilder("<h1>").append(status == 404 ? esc(Messages.t(lang, "not.found")) : "400")
                .append("</h1><p>").append(esc(message)).append("</p>");
        if (candidates != null) {
            b.append("<ul>");
            for (String c : candidates) b.append("<li><a href=\"/orgs/").append(esc(c)).append("\">").append(esc(c)).append("</a></li>");
            b.append("</ul>");
        }
        Layout.render(ctx, lang, String.valueOf(status), b.toString(), List.of());
    }
}
