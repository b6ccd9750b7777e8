package org.comity.web;

import static org.comity.web.Html.esc;

import io.javalin.http.Context;
import java.util.List;
import org.comity.App;
import org.comity.api.Json;
import org.comity.claims.ClaimAnswer;
import org.comity.claims.ClaimsQuestion;
import org.comity.claims.Verdict;
import org.comity.funding.FundingHolder;

/** The seed article's claims, each with the data's verdict, the tolerance and the computation behind it. */
final class ClaimsPage {

    private final App app;
    private final FundingHolder funding;

    ClaimsPage(App app, FundingHolder funding) {
        this.app = app;
        this.funding = funding;
    }

    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        var s = app.snapshots().get();
        List<ClaimAnswer> claims = ClaimsQuestion.answer(s, funding.get(), null);
        StringBuilder b = new StringBuilder(60_000);
        var article = s.dataset().sources().stream().filter(x -> "yicai-2026-01-08".equals(x.id())).findFirst().orElse(null);
        b.append("<h1>").append(esc(Messages.t(lang, "claims"))).append("</h1><p class=\"lede\">")
                .append(esc(Messages.t(lang, "claims.lede"))).append("</p>");
        if (article != null) {
            b.append("<p class=\"meta\"><a href=\"").append(esc(article.url())).append("\" rel=\"noopener\">").append(esc(article.title()))
                    .append("</a> · ").append(esc(article.publisher())).append(" · ").append(esc(article.published())).append("</p>");
        }
        long confirmed = claims.stream().filter(c -> c.result().verdict() == Verdict.CONFIRMED).count();
        long contradicted = claims.stream().filter(c -> c.result().verdict() == Verdict.CONTRADICTED).count();
        b.append("<div class=\"cards\"><div class=\"card\"><b>").append(confirmed).append("</b>").append(Layout.badge(lang, "confirmed"))
                .append("</div><div class=\"card\"><b>").append(contradicted).append("</b>").append(Layout.badge(lang, "contradicted"))
                .append("</div><div class=\"card\"><b>").append(claims.size() - confirmed - contradicted).append("</b>")
                .append(Layout.badge(lang, "unverifiable")).append("</div></div>");
        b.append("<div class=\"table-wrap\"><table class=\"sortable\" id=\"claims\"><thead><tr><th>#</th><th>")
                .append(esc(Messages.t(lang, "claim"))).append("</th><th>").append(esc(Messages.t(lang, "expected"))).append("</th><th>")
                .append(esc(Messages.t(lang, "computed"))).append("</th><th>").append(esc(Messages.t(lang, "verdict")))
                .append("</th></tr></thead><tbody>");
        for (ClaimAnswer c : claims) {
            String verdict = c.result().verdict().code();
            b.append("<tr data-verdict=\"").append(esc(verdict)).append("\"><td class=\"num\">").append(esc(c.claim().id())).append("</td><td>")
                    .append("<span lang=\"zh\">「").append(esc(c.claim().quote())).append("」</span><br>").append(esc(c.claim().textEn()))
                    .append("<details><summary>").append(esc(Messages.t(lang, "how"))).append("</summary><p>")
                    .append(esc(c.check() == null ? null : c.check().definition())).append(" · ")
                    .append(esc(c.check() == null ? null : c.check().tolerance())).append("</p><pre>")
                    .append(esc(Json.pretty(c.result().computation()))).append("</pre>");
            for (String url : c.claim().sources()) b.append(Layout.sourceLink(url)).append(' ');
            b.append("</details></td><td>").append(esc(c.claim().expected())).append("</td><td>").append(esc(c.result().computed()))
                    .append("</td><td data-sort=\"").append(esc(verdict)).append("\">").append(Layout.badge(lang, verdict)).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
        Layout.render(ctx, lang, Messages.t(lang, "claims"), b.toString(), Layout.downloads("/api/claims", "/download/claims.csv"));
    }
}
