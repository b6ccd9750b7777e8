package org.comity.web;

import static org.comity.web.Html.esc;

import io.javalin.http.Context;
import java.util.List;
import org.comity.App;
import org.comity.query.Answers;
import org.comity.search.SearchHit;
import org.comity.search.SearchIndex;

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
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(Messages.t(lang, "results"))).append(" “").append(esc(q)).append("”</h1>");
        if (r.hits().isEmpty()) b.append("<p class=\"note\">").append(esc(Messages.t(lang, "no.results"))).append("</p>");
        if (!r.suggestions().isEmpty()) b.append("<p class=\"note\">").append(esc(Messages.t(lang, "did.you.mean"))).append("</p>");
        b.append("<ul class=\"results\">");
        for (SearchHit h : r.hits().isEmpty() ? r.suggestions() : r.hits()) item(b, a, lang, h);
        b.append("</ul>");
        Layout.render(ctx, lang, Messages.t(lang, "search"), b.toString(), q.isEmpty() ? List.of() : Layout.downloads("/api/search?q=" + Layout.url(q),
                "/download/search.csv?q=" + Layout.url(q) + "&lang=" + lang.code));
    }

    private static String href(SearchHit h) {
        return switch (h.type()) {
            case ORGANIZATION -> "/orgs/" + h.id();
            case STATE -> "/states/" + h.id();
            case INSTRUMENT -> "/instruments/" + h.id();
        };
    }

    private static void item(StringBuilder b, Answers a, Lang lang, SearchHit h) {
        String en, zh, code;
        switch (h.type()) {
            case ORGANIZATION -> { var o = a.snapshot().org(h.id()); en = o.nameEn(); zh = o.nameZh(); code = o.acronym(); }
            case STATE -> { var s = a.snapshot().state(h.id()); en = s.nameEn(); zh = s.nameZh(); code = s.iso3(); }
            default -> { var i = a.snapshot().instrument(h.id()); en = i.title(); zh = i.titleZh(); code = null; }
        }
        b.append("<li><a href=\"").append(esc(href(h))).append("\">").append(esc(lang.pick(en, zh))).append("</a>");
        if (code != null) b.append(" <span class=\"acr\">").append(esc(code)).append("</span>");
        if (zh != null && en != null) b.append(" <span lang=\"").append(lang == Lang.ZH ? "en" : "zh").append("\" class=\"acr\">")
                .append(esc(lang == Lang.ZH ? en : zh)).append("</span>");
        b.append("</li>");
    }
}
