package org.comity.web;

import static org.comity.web.Html.esc;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import org.comity.App;
import org.comity.domain.State;
import org.comity.query.Answers;
import org.comity.query.Lookup;

/** One state: its memberships on any day (today by default), and its recorded exits and returns. */
final class StatePage {

    private final App app;
    private final org.comity.funding.FundingHolder funding;

    StatePage(App app, org.comity.funding.FundingHolder funding) {
        this.app = app;
        this.funding = funding;
    }

    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        Answers a = app.answers();
        State s = Lookup.state(a.snapshot(), ctx.pathParam("iso"));
        if (!s.iso3().equals(ctx.pathParam("iso"))) {
            ctx.redirect("/states/" + s.iso3());
            return;
        }
        String asked = ctx.queryParam("on");
        LocalDate on = asked == null || asked.isBlank() ? app.today().date() : Lookup.date(asked, "on");
        StringBuilder b = new StringBuilder(30_000);
        b.append("<h1>").append(esc(lang.pick(s.nameEn(), s.nameZh()))).append(" <span class=\"acr\">").append(esc(s.iso3()))
                .append("</span></h1><p class=\"lede\">").append(esc(lang == Lang.ZH ? s.nameEn() : s.nameZh()));
        if (s.cowCode() != null) b.append(" · COW ").append(s.cowCode());
        b.append(" · UN ").append(esc(s.unStatus().code())).append("</p>");

        b.append("<h2>").append(esc(Messages.t(lang, "memberships.on"))).append(' ').append(on).append("</h2>")
                .append("<form class=\"filters\" method=\"get\"><label>").append(esc(Messages.t(lang, "date")))
                .append("<input type=\"date\" name=\"on\" value=\"").append(on).append("\"></label><button type=\"submit\">")
                .append(esc(Messages.t(lang, "show"))).append("</button></form>");
        var memberships = a.memberships(s, on);
        b.append("<p class=\"meta\">").append(memberships.size()).append(' ').append(esc(Messages.t(lang, "organizations")))
                .append("</p><div class=\"table-wrap\"><table class=\"sortable\"><thead><tr><th>")
                .append(esc(Messages.t(lang, "organization"))).append("</th><th>").append(esc(Messages.t(lang, "role")))
                .append("</th><th>").append(esc(Messages.t(lang, "status"))).append("</th><th class=\"opt\">")
                .append(esc(Messages.t(lang, "since"))).append("</th></tr></thead><tbody>");
        for (var m : memberships) {
            b.append("<tr><td><a href=\"/orgs/").append(esc(m.org().id())).append("\">").append(esc(lang.pick(m.org().nameEn(), m.org().nameZh())))
                    .append("</a></td><td>").append(esc(m.episode() == null ? "" : m.episode().role().code())).append("</td><td>")
                    .append(Layout.badge(lang, m.status().status().code())).append("</td><td class=\"opt nowrap\">")
                    .append(esc(m.status().since())).append("</td></tr>");
        }
        b.append("</tbody></table></div>");

        b.append("<h2>").append(esc(Messages.t(lang, "exits.returns"))).append("</h2>");
        var events = a.timeline(s, null, null, null);
        if (events.isEmpty()) b.append("<p class=\"note\">").append(esc(Messages.t(lang, "none"))).append("</p>");
        else OrgPage.eventTable(b, lang, a, events, false, new LinkedHashSet<>());
        FundingSection.state(b, lang, a.snapshot(), funding.get(), s);
        Layout.render(ctx, lang, lang.pick(s.nameEn(), s.nameZh()), b.toString(),
                java.util.stream.Stream.concat(Layout.downloads("/api/memberships?state=" + s.iso3() + "&on=" + on,
                        "/download/memberships.csv?state=" + s.iso3() + "&on=" + on).stream(), java.util.stream.Stream.of(new Layout.Download(
                        "CSV (" + Messages.t(lang, "exits.returns") + ")", "/download/events.csv?state=" + s.iso3()))).toList());
    }
}
