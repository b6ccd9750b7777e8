package org.comity.web;

import io.javalin.http.Context;
import java.util.List;
import org.comity.App;
import org.comity.query.Answers;
import org.comity.web.view.SearchView;

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
        List<SearchView.Hit> hits = new java.util.ArrayList<>();
        for (String id : orgs) {
            var o = a.snapshot().org(id);
            hits.add(new SearchView.Hit("/orgs/" + id, lang.pick(o.nameEn(), o.nameZh()), lang.words().pickLang(o.nameEn(), o.nameZh()), o.acronym(),
                    o.nameZh() == null ? null : lang == Lang.ZH ? o.nameEn() : o.nameZh()));
        }
        for (String iso : states) {
            var s = a.snapshot().state(iso);
            hits.add(new SearchView.Hit("/states/" + iso, lang.pick(s.nameEn(), s.nameZh()), lang.words().pickLang(s.nameEn(), s.nameZh()), iso, null));
        }
        Layout.render(ctx, "search.jte", new SearchView(Layout.frame(ctx, lang, Messages.t(lang, "search"), null, List.of(),
                q.isEmpty() ? null : "/api/search?q=" + Layout.url(q)), q, hits));
    }
}
