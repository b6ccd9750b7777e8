package org.comity.web;

import io.javalin.http.Context;
import java.util.List;
import org.comity.release.About;
import org.comity.release.Citation;
import org.comity.release.ReleaseShelf;
import org.comity.release.Releases;
import org.comity.web.view.DataView;
import org.comity.web.view.Link;
import org.comity.web.view.Words;

/** /data: the latest release with its files and citation, then every earlier release. */
final class DataPage {

    private final ReleaseShelf shelf;

    DataPage(ReleaseShelf shelf) {
        this.shelf = shelf;
    }

    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        Words w = lang.words();
        List<Releases.Published> all = shelf.all();
        DataView.Release latest = all.isEmpty() ? null : release(all.get(0));
        String cite = all.isEmpty() ? null
                : Citation.of(all.get(0), DataRoutes.base(ctx) + "/data", DataRoutes.citation(ctx).accessed()).text();
        List<DataView.Release> earlier = all.size() < 2 ? List.of() : all.subList(1, all.size()).stream().map(DataPage::release).toList();
        var frame = Layout.withJsonLd(Layout.frame(ctx, lang, w.t("data"), w.t("data.intro"), List.of(), null), DataRoutes.jsonLd(ctx));
        Layout.render(ctx, "data.jte", new DataView(frame, new Link(About.LICENSE_URL, About.LICENSE_TITLE), latest, cite, earlier));
    }

    private static DataView.Release release(Releases.Published p) {
        return new DataView.Release(p.version(), String.valueOf(p.created()), p.added(), p.changed(), p.removed(),
                p.files().stream().map(f -> new DataView.File("/data/" + p.version() + "/" + f.name(), f.name(), f.title(),
                        f.bytes() / 1024 + 1, f.sha256().substring(0, 16))).toList());
    }
}
