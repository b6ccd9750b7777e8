package org.comity.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.comity.App;
import org.comity.dataset.KnownFacts;
import org.comity.domain.Instrument;
import org.comity.domain.Section;
import org.comity.query.Answers;
import org.comity.query.OrgFilter;
import org.comity.query.OrgListing;

/**
 * The first page: the organizations one instrument names (by default the memorandum of 7 Jan 2026),
 * in its order and split, each with the acting state's status today. Plain server-rendered HTML.
 */
final class HomePage {

    private final App app;

    HomePage(App app) {
        this.app = app;
    }

    void render(Context ctx) {
        Answers a = app.answers();
        String id = ctx.queryParam("instrument") == null ? KnownFacts.MEMORANDUM_2026 : ctx.queryParam("instrument");
        Instrument instrument = a.snapshot().instrument(id);
        StringBuilder b = new StringBuilder(32_000);
        b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Comity — international organizations and who is leaving</title>")
                .append("<style>").append(CSS).append("</style></head><body><main>")
                .append("<h1>Comity</h1><p class=\"lede\">Who belongs to which international organization, who is leaving, ")
                .append("and when each exit takes legal effect.</p>");
        if (instrument == null) {
            ctx.status(404);
            b.append("<p>No instrument <code>").append(Html.esc(id)).append("</code> is recorded.</p>");
        } else {
            LocalDate today = LocalDate.now();
            List<OrgListing> rows = a.orgs(new OrgFilter(id, null, null, null));
            b.append("<h2>").append(Html.esc(instrument.title())).append("</h2><p class=\"meta\">")
                    .append(Html.esc(instrument.date())).append(" · ").append(Html.esc(instrument.citation()))
                    .append(" · ").append(rows.size()).append(" organizations · status of ")
                    .append(Html.esc(instrument.actor())).append(" on ").append(today).append("</p>");
            section(b, a, instrument, rows, Section.UN, "UN entities", today);
            section(b, a, instrument, rows, Section.NON_UN, "Other organizations", today);
            section(b, a, instrument, rows, null, "Organizations", today);
        }
        b.append("<footer>Data: <a href=\"/api/orgs?instrument=").append(Html.esc(id))
                .append("\">JSON</a> · every fact carries its source in the API.</footer></main></body></html>");
        ctx.contentType("text/html; charset=utf-8").result(b.toString());
    }

    private static void section(StringBuilder b, Answers a, Instrument instrument, List<OrgListing> rows, Section section,
                                String title, LocalDate today) {
        List<OrgListing> own = rows.stream().filter(r -> r.action().section() == section).toList();
        if (own.isEmpty()) return;
        var actor = a.snapshot().state(instrument.actor());
        b.append("<h3>").append(Html.esc(title)).append(" (").append(own.size()).append(")</h3>")
                .append("<table><thead><tr><th>#</th><th>Organization</th><th>中文名称</th><th>Category</th>")
                .append("<th>Status</th></tr></thead><tbody>");
        for (OrgListing r : own) {
            var o = r.org();
            String status = actor == null ? "" : a.status(actor, o, today).answer().status().code();
            b.append("<tr><td class=\"num\">").append(r.action().seq()).append("</td><td><a href=\"/api/orgs/").append(Html.esc(o.id()))
                    .append("\">").append(Html.esc(o.nameEn())).append("</a>");
            if (o.acronym() != null) b.append(" <span class=\"acr\">").append(Html.esc(o.acronym())).append("</span>");
            b.append("</td><td lang=\"zh\">").append(Html.esc(o.nameZh())).append("</td><td>")
                    .append(Html.esc(o.category().code())).append("</td><td><span class=\"st st-").append(Html.esc(status))
                    .append("\">").append(Html.esc(status)).append("</span></td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static final String CSS = "body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d232a;background:#fafafa}"
            + "main{max-width:1100px;margin:auto;padding:1rem}h1{margin:.2rem 0}.lede{color:#555}"
            + ".meta{color:#666;font-size:.9rem}table{border-collapse:collapse;width:100%;background:#fff}"
            + "th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e3e3e3;vertical-align:top;overflow-wrap:anywhere}"
            + "th{background:#f0f2f4}td.num{white-space:nowrap;overflow-wrap:normal;color:#666}.acr{color:#666;font-size:.85rem}.st{padding:0 .4rem;border-radius:3px;white-space:nowrap}"
            + ".st-withdrawn,.st-ceased{background:#fde2e1}.st-withdrawing,.st-announced{background:#fff3cd}"
            + ".st-member,.st-participating{background:#e3f4e8}footer{margin:2rem 0;color:#666;font-size:.85rem}";
}
