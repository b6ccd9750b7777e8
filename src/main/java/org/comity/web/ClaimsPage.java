package org.comity.web;

import static org.comity.web.Html.esc;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.comity.App;
import org.comity.api.Json;
import org.comity.funding.ClaimsQuestion;
import org.comity.funding.FundingHolder;

/** The seed article's claims, each with the data's verdict, the tolerance and the computation behind it. */
final class ClaimsPage {

    private final App app;
    private final FundingHolder funding;

    ClaimsPage(App app, FundingHolder funding) {
        this.app = app;
        this.funding = funding;
    }

    @SuppressWarnings("unchecked")
    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        var s = app.snapshots().get();
        List<Map<String, Object>> claims = ClaimsQuestion.answer(s, funding.get(), null);
        StringBuilder b = new StringBuilder(60_000);
        var article = s.dataset().sources().stream().filter(x -> "yicai-2026-01-08".equals(x.id())).findFirst().orElse(null);
        b.append("<h1>").append(esc(Messages.t(lang, "claims"))).append("</h1><p class=\"lede\">")
                .append(esc(Messages.t(lang, "claims.lede"))).append("</p>");
        if (article != null) {
            b.append("<p class=\"meta\"><a href=\"").append(esc(article.url())).append("\" rel=\"noopener\">").append(esc(article.title()))
                    .append("</a> · ").append(esc(article.publisher())).append(" · ").append(esc(article.published())).append("</p>");
        }
        long confirmed = claims.stream().filter(c -> "confirmed".equals(c.get("verdict"))).count();
        long contradicted = claims.stream().filter(c -> "contradicted".equals(c.get("verdict"))).count();
        b.append("<div class=\"cards\"><div class=\"card\"><b>").append(confirmed).append("</b>").append(Layout.badge(lang, "confirmed"))
                .append("</div><div class=\"card\"><b>").append(contradicted).append("</b>").append(Layout.badge(lang, "contradicted"))
                .append("</div><div class=\"card\"><b>").append(claims.size() - confirmed - contradicted).append("</b>")
                .append(Layout.badge(lang, "unverifiable")).append("</div></div>");
        b.append("<div class=\"table-wrap\"><table class=\"sortable\" id=\"claims\"><thead><tr><th>#</th><th>")
                .append(esc(Messages.t(lang, "claim"))).append("</th><th>").append(esc(Messages.t(lang, "expected"))).append("</th><th>")
                .append(esc(Messages.t(lang, "computed"))).append("</th><th>").append(esc(Messages.t(lang, "verdict")))
                .append("</th></tr></thead><tbody>");
        for (Map<String, Object> c : claims) {
            String verdict = String.valueOf(c.get("verdict"));
            b.append("<tr data-verdict=\"").append(esc(verdict)).append("\"><td class=\"num\">").append(esc(c.get("id"))).append("</td><td>")
                    .append("<span lang=\"zh\">「").append(esc(c.get("quote"))).append("」</span><br>").append(esc(c.get("text")))
                    .append("<details><summary>").append(esc(Messages.t(lang, "how"))).append("</summary><p>")
                    .append(esc(c.get("definition"))).append(" · ").append(esc(c.get("tolerance"))).append("</p><pre>")
                    .append(esc(Json.pretty(c.get("computation")))).append("</pre>");
                    for (String url : (List<String>) c.get("sources")) b.append(Layout.sourceLink(url)).append(' ');
            b.append("</details></td><td>").append(esc(c.get("expected"))).append("</td><td>").append(esc(c.get("computed")))
                    .append("</td><td data-sort=\"").append(esc(verdict)).append("\">").append(Layout.badge(lang, verdict)).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
        Layout.render(ctx, lang, Messages.t(lang, "claims"), b.toString(), Layout.downloads("/api/claims"));
    }
}
