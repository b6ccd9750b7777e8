package org.comity.web;

import io.javalin.http.Context;
import java.util.List;
import org.comity.web.view.ErrorView;
import org.comity.web.view.Link;

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
        var w = lang.words();
        String heading = status == 404 ? w.t("not.found") : w.t("bad.request");
        List<Link> links = candidates == null ? List.of() : candidates.stream().map(c -> new Link("/orgs/" + c, c)).toList();
        // The one-line answer names the value asked for; in Chinese a sentence of ours says what happened first.
        String text = status == 404 && lang == Lang.ZH ? w.t("not.found.text") + "（" + message + "）" : message;
        Layout.render(ctx, "error.jte", new ErrorView(Layout.frame(ctx, lang, heading, null, List.of(), null), heading, text, links));
    }
}
