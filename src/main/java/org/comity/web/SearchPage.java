package org.comity.web;

import static org.comity.web.Html.esc;

import io.javalin.http.Context;
import java.util.List;
import org.comity.App;
import org.comity.query.Answers;

/** Search by any name, acronym or alias in either language; a single exact hit goes straight to its page. */
final class SearchPage {

    private final App app;

    SearchPage(App app) {
        this.app = app;
    }

    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        Answers a = app.answers();
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").trim();
        List<String> orgs = q.isEmpty() ? List.of() : a.snapshot().orgsMatching(q);
        List<String> states = q.isEmpty() ? List.of() : a.snapshot().statesMatching(q);
        if (orgs.size() + states.size() == 1 && (a.snapshot().orgsNamed(q).size() + a.snapshot().statesNamed(q).size()) == 1) {
            ctx.redirect(orgs.isEmpty() ? "/states/" + states.get(0) : "/orgs/" + orgs.get(0));
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(Messages.t(lang, "results"))).append(" “").append(esc(q)).append("”</h1>");
        if (orgs.isEmpty() && states.isEmpty()) b.append("<p class=\"note\">").append(esc(Messages.t(lang, "no.results"))).append("</p>");
        b.append("<ul class=\"results\">");
        for (String id : orgs) {
            var o = a.snapshot().org(id);
            b.append("<li><a href=\"/orgs/").append(esc(id)).append("\">").append(esc(lang.pick(o.nameEn(), o.nameZh()))).append("</a>");
            if (o.acronym() != null) b.append(" <span class=\"acr\">").append(esc(o.acronym())).append("</span>");
            if (o.nameZh() != null) b.append(" <span lang=\"zh\" class=\"acr\">").append(esc(lang == Lang.ZH ? o.nameEn() : o.nameZh())).append("</span>");
            b.append("</li>");
        }
        for (String iso : states) {
            var s = a.snapshot().state(iso);
            b.append("<li><a href=\"/states/").append(esc(iso)).append("\">").append(esc(lang.pick(s.nameEn(), s.nameZh())))
                    .append("</a> <span class=\"acr\">").append(esc(iso)).append("</span></li>");
        }
        b.append("</ul>");
        Layout.render(ctx, lang, Messages.t(lang, "search"), b.toString(), q.isEmpty() ? List.of() : Layout.downloads("/api/search?q=" + Layout.url(q)));
    }
}
