package org.comity.web;

import static org.comity.web.Html.esc;

import io.javalin.http.Context;
import java.util.List;
import org.comity.release.About;
import org.comity.release.Citation;
import org.comity.release.ReleaseShelf;
import org.comity.release.Releases;

/** /data: the latest release with its files and citation, then every earlier release. */
final class DataPage {

    private final ReleaseShelf shelf;

    DataPage(ReleaseShelf shelf) {
        this.shelf = shelf;
    }

    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        List<Releases.Published> all = shelf.all();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(Messages.t(lang, "data"))).append("</h1><p>").append(esc(Messages.t(lang, "data.intro")))
                .append(" <a href=\"").append(esc(About.LICENSE_URL)).append("\" rel=\"license\">").append(esc(About.LICENSE_TITLE))
                .append("</a>.</p>");
        if (all.isEmpty()) {
            b.append("<p>").append(esc(Messages.t(lang, "data.none"))).append("</p>");
        } else {
            Releases.Published latest = all.get(0);
            b.append("<h2 id=\"v").append(esc(latest.version())).append("\">").append(esc(Messages.t(lang, "data.latest"))).append(' ')
                    .append(esc(latest.version())).append(" · ").append(esc(latest.created())).append("</h2>");
            files(b, latest);
            Citation c = Citation.of(latest, DataRoutes.base(ctx) + "/data", DataRoutes.citation(ctx).accessed());
            b.append("<p>").append(esc(Messages.t(lang, "cite"))).append(": <q>").append(esc(c.text())).append("</q></p>");
            if (all.size() > 1) {
                b.append("<h2>").append(esc(Messages.t(lang, "data.earlier"))).append("</h2><table><thead><tr><th>")
                        .append(esc(Messages.t(lang, "data.version"))).append("</th><th>").append(esc(Messages.t(lang, "data.date")))
                        .append("</th><th>").append(esc(Messages.t(lang, "data.changes"))).append("</th><th>")
                        .append(esc(Messages.t(lang, "download"))).append("</th></tr></thead><tbody>");
                for (Releases.Published p : all.subList(1, all.size())) {
                    b.append("<tr id=\"v").append(esc(p.version())).append("\"><td>").append(esc(p.version())).append("</td><td>")
                            .append(esc(p.created())).append("</td><td>+").append(p.added()).append(" ~").append(p.changed()).append(" −")
                            .append(p.removed()).append("</td><td>");
                    for (Releases.File f : p.files()) b.append(link(p, f)).append(' ');
                    b.append("</td></tr>");
                }
                b.append("</tbody></table>");
            }
        }
        b.append("<p><a href=\"/data/catalog.jsonld\">DCAT catalog (JSON-LD)</a></p>");
        b.append(DataRoutes.jsonLd(ctx));
        Layout.render(ctx, lang, Messages.t(lang, "data"), b.toString(), List.of());
    }

    private static void files(StringBuilder b, Releases.Published p) {
        b.append("<ul class=\"files\">");
        for (Releases.File f : p.files()) {
            b.append("<li>").append(link(p, f)).append(" — ").append(esc(f.title())).append(" (").append(f.bytes() / 1024 + 1)
                    .append(" KB, SHA-256 <code>").append(esc(f.sha256().substring(0, 16))).append("…</code>)</li>");
        }
        b.append("</ul>");
    }

    private static String link(Releases.Published p, Releases.File f) {
        return "<a href=\"/data/" + esc(p.version()) + "/" + esc(f.name()) + "\">" + esc(f.name()) + "</a>";
    }
}
