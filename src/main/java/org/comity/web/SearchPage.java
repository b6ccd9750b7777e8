package org.comity.web;

import java.util.List;
import org.comity.App;
import org.comity.query.Answers;
import org.comity.search.SearchHit;
import org.comity.search.SearchIndex;
import org.comity.web.view.Frame;
import org.comity.web.view.SearchView;
import io.javalin.http.Context;

/**
 * Search by any name, acronym or alias in either language, ranked ({@link SearchIndex}); a single exact
 * hit that no other name begins like goes straight to its page; nothing found offers the nearest names.
 */
final class SearchPage {

    private final App app;

    SearchPage(App app) {
        this.app = app;
    }

    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        Answers a = app.answers();
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").trim();
        SearchIndex.Result r = SearchIndex.of(a.snapshot()).search(q, 50);
        List<SearchHit> exact = r.hits().stream().filter(h -> h.match() == SearchHit.Match.EXACT).toList();
        if (exact.size() == 1 && r.hits().stream().noneMatch(h -> h.match() == SearchHit.Match.PREFIX)) {
            ctx.redirect(href(exact.get(0)));
            return;
        }
        boolean suggested = r.hits().isEmpty() && !r.suggestions().isEmpty();
        List<SearchView.Hit> hits = new java.util.ArrayList<>();
        for (SearchHit h : suggested ? r.suggestions() : r.hits()) hits.add(hit(a, lang, h));
        Frame frame = q.isEmpty() ? Layout.frame(ctx, lang, Messages.t(lang, "search"), null, List.of(), null)
                : Layout.frame(ctx, lang, Messages.t(lang, "search"), null, List.of(), "/api/search?q=" + Layout.url(q),
                        "/download/search.csv?q=" + Layout.url(q) + "&lang=" + lang.code);
        Layout.render(ctx, "search.jte", new SearchView(frame, q, hits, suggested));
    }

    private static String href(SearchHit h) {
        return switch (h.type()) {
            case ORGANIZATION -> "/orgs/" + h.id();
            case STATE -> "/states/" + h.id();
            case INSTRUMENT -> "/instruments/" + h.id();
        };
    }

    private static SearchView.Hit hit(Answers a, Lang lang, SearchHit h) {
        String en, zh, code;
        switch (h.type()) {
            case ORGANIZATION -> { var o = a.snapshot().org(h.id()); en = o.nameEn(); zh = o.nameZh(); code = o.acronym(); }
            case STATE -> { var s = a.snapshot().state(h.id()); en = s.nameEn(); zh = s.nameZh(); code = s.iso3(); }
            default -> { var i = a.snapshot().instrument(h.id()); en = i.title(); zh = i.titleZh(); code = null; }
        }
        return new SearchView.Hit(href(h), lang.pick(en, zh), lang.words().pickLang(en, zh), code,
                zh == null || en == null ? null : lang == Lang.ZH ? en : zh);
    }
}
