package org.comity.web;

import static org.comity.web.Html.esc;

import io.javalin.http.Context;
import java.time.LocalDate;
import org.comity.App;
import org.comity.domain.Action;
import org.comity.domain.Instrument;
import org.comity.query.Answers;
import org.comity.query.NotFoundException;

/** One legal act: every action it takes, in its order, with the acting state's status today. */
final class InstrumentPage {

    private final App app;
    private final org.comity.funding.FundingHolder funding;

    InstrumentPage(App app, org.comity.funding.FundingHolder funding) {
        this.app = app;
        this.funding = funding;
    }

    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        Answers a = app.answers();
        Instrument i = a.snapshot().instrument(ctx.pathParam("id"));
        if (i == null) throw new NotFoundException("no instrument '" + ctx.pathParam("id") + "'");
        var actor = a.snapshot().state(i.actor());
        LocalDate today = app.today().date();
        StringBuilder b = new StringBuilder(30_000);
        b.append("<h1>").append(esc(lang.pick(i.title(), i.titleZh()))).append("</h1><p class=\"meta\">").append(esc(i.date())).append(" · ")
                .append(esc(lang.pick(actor.nameEn(), actor.nameZh()))).append(" · ").append(esc(i.kind().code()));
        if (i.citation() != null) b.append(" · ").append(esc(i.citation()));
        b.append("</p><p>");
        for (String s : i.sources()) b.append(Layout.sourceLink(s)).append(' ');
        b.append("</p><div class=\"table-wrap\"><table class=\"sortable\"><thead><tr><th>#</th><th>")
                .append(esc(Messages.t(lang, "organization"))).append("</th><th class=\"opt\">").append(esc(Messages.t(lang, "section")))
                .append("</th><th>").append(esc(Messages.t(lang, "action"))).append("</th><th>").append(esc(Messages.t(lang, "notice")))
                .append("</th><th>").append(esc(Messages.t(lang, "effective"))).append("</th><th>").append(esc(Messages.t(lang, "status.today")))
                .append("</th><th>").append(esc(Messages.t(lang, "source"))).append("</th></tr></thead><tbody>");
        for (Action act : a.snapshot().actionsOf(i.id())) {
            var o = a.snapshot().org(act.org());
            var st = a.status(actor, o, today);
            b.append("<tr><td class=\"num\">").append(act.seq()).append("</td><td><a href=\"/orgs/").append(esc(o.id())).append("\">")
                    .append(esc(lang.pick(o.nameEn(), o.nameZh()))).append("</a></td><td class=\"opt\">")
                    .append(esc(act.section() == null ? "" : Messages.t(lang, act.section().code() + ".short"))).append("</td><td>")
                    .append(esc(Messages.code(lang, act.type().code()))).append("</td><td class=\"nowrap\">").append(esc(act.notice()))
                    .append("</td><td class=\"nowrap\">").append(esc(st.answer().effective())).append("</td><td data-sort=\"")
                    .append(esc(st.answer().status().code())).append("\">").append(Layout.badge(lang, st.answer().status().code()))
                    .append("</td><td>").append(Layout.sourceLink(act.sources().isEmpty() ? null : act.sources().get(0))).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
        FundingSection.instrument(b, lang, a.snapshot(), funding.get(), i);
        Layout.render(ctx, lang, lang.pick(i.title(), i.titleZh()), b.toString(), Layout.downloads("/api/instruments/" + i.id(), "/download/instrument.csv?id=" + Layout.url(i.id())));
    }
}
