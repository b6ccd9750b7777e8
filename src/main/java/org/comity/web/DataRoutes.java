package org.comity.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.comity.App;
import org.comity.api.Json;
import org.comity.query.NotFoundException;
import org.comity.release.Citation;
import org.comity.release.DatasetMarkup;
import org.comity.release.ReleaseShelf;
import org.comity.release.Releases;

/**
 * The site's open data: /data (the latest release and the earlier ones), each release's files, the DCAT
 * catalog at /data/catalog.jsonld, and the citation of every request (the release the site serves and
 * the page's permalink), which the footer of every page and the {@code cite} block of the API's answers show.
 */
final class DataRoutes {

    private static final String CITATION = "comity.citation";
    private static final String SHELF = "comity.releases";

    private final App app;
    private final ReleaseShelf shelf;
    private final DataPage page;

    DataRoutes(App app, ReleaseShelf shelf) {
        this.app = app;
        this.shelf = shelf;
        this.page = new DataPage(shelf);
    }

    void register(RoutesConfig r, PageCache cache) {
        r.before(ctx -> {
            ctx.attribute(SHELF, shelf);
            ctx.attribute(CITATION, Citation.of(shelf.latest(), permalink(ctx), app.today().date()));
        });
        for (String lang : new String[] {"", "/en", "/zh"}) r.get(lang + "/data", cache.cached(page::render));
        r.get("/data/catalog.jsonld", ctx -> ctx.contentType("application/ld+json; charset=utf-8")
                .result(Json.pretty(DatasetMarkup.dcat(shelf.all(), base(ctx)))));
        r.get("/data/latest.zip", ctx -> latest(ctx, ".zip"));
        r.get("/data/latest.sqlite", ctx -> latest(ctx, ".sqlite"));
        r.get("/data/{version}/{file}", this::file);
    }

    /** A file of a release, only if its release.json lists it (no other path under the directory is reachable). */
    private void file(Context ctx) throws IOException {
        Releases.Published release = shelf.all().stream().filter(p -> p.version().equals(ctx.pathParam("version"))).findFirst()
                .orElseThrow(() -> new NotFoundException("no release '" + ctx.pathParam("version") + "'"));
        Releases.File f = release.file(ctx.pathParam("file"));
        if (f == null) throw new NotFoundException("release " + release.version() + " has no file '" + ctx.pathParam("file") + "'");
        Path path = release.dir().resolve(f.name());
        ctx.contentType(f.mediatype().startsWith("application/json") ? "application/json; charset=utf-8" : f.mediatype());
        if (!f.mediatype().equals("application/json")) ctx.header("Content-Disposition", "attachment; filename=\"" + f.name() + "\"");
        ctx.header("Content-Length", String.valueOf(Files.size(path)));
        ctx.header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(f.sha256())));
        ctx.result(Files.newInputStream(path));
    }

    /** /data/latest.zip: a stable address for scripts, sent on to the newest release's file. */
    private void latest(Context ctx, String suffix) {
        Releases.Published latest = shelf.latest();
        if (latest == null) throw new NotFoundException("no release has been made yet");
        Releases.File f = latest.files().stream().filter(x -> x.name().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new NotFoundException("release " + latest.version() + " has no " + suffix + " file"));
        ctx.redirect("/data/" + latest.version() + "/" + f.name(), HttpStatus.FOUND);
    }

    /** How to cite this request: set for every request before its handler runs. */
    static Citation citation(Context ctx) {
        return ctx.attribute(CITATION);
    }

    /** The schema.org Dataset as JSON safe inside a script element (home and /data pages): "</" is written "<\\/". */
    static String jsonLd(Context ctx) {
        ReleaseShelf shelf = ctx.attribute(SHELF);
        if (shelf == null) return "";
        String json = Json.compact(DatasetMarkup.schemaOrg(shelf.all(), base(ctx)));
        return json.replace("</", "<\\/");
    }

    /** What a cached page depends on here: the release it cites and the address it was asked at. */
    static String cacheKey(Context ctx) {
        Citation c = citation(ctx);
        return base(ctx) + "|" + (c == null ? "" : c.version());
    }

    static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    private static String permalink(Context ctx) {
        return base(ctx) + ctx.path() + (ctx.queryString() == null || ctx.queryString().isEmpty() ? "" : "?" + ctx.queryString());
    }
}
