package org.comity.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.comity.release.Citation;
import org.comity.web.view.Frame;
import org.comity.web.view.Link;
import org.comity.web.view.Words;

/**
 * The frame every page shares (title, description, language links, breadcrumbs, downloads, citation) and the
 * one place pages are rendered: the templates of src/main/jte, compiled at build time, escaping every value.
 */
final class Layout {

    /** Precompiled: the template classes are in the jar; nothing is compiled while serving. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private Layout() {}

    /** Renders {@code template} (e.g. "home.jte") with its one model as the page's HTML. */
    static void render(Context ctx, String template, Object model) {
        StringOutput out = new StringOutput(32 * 1024);
        TEMPLATES.render(template, model, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    /**
     * The frame of a page. {@code crumbs} lead from the home page to the page (the home page itself is
     * added first); {@code apiUrl} is the API answer holding the page's data, offered as JSON and CSV, or null.
     */
    static Frame frame(Context ctx, Lang lang, String title, String description, List<Link> crumbs, String apiUrl) {
        return frame(ctx, lang, title, description, crumbs, apiUrl == null ? List.of() : downloads(apiUrl));
    }

    /** The frame of a page whose table also downloads as a spreadsheet ({@code csvUrl}, see DownloadRoutes). */
    static Frame frame(Context ctx, Lang lang, String title, String description, List<Link> crumbs, String apiUrl, String csvUrl) {
        return frame(ctx, lang, title, description, crumbs, List.of(new Link(apiUrl, "JSON"), new Link(csvUrl, "CSV")));
    }

    private static Frame frame(Context ctx, Lang lang, String title, String description, List<Link> crumbs, List<Link> downloads) {
        Words w = lang.words();
        List<Link> trail = new ArrayList<>();
        trail.add(new Link("/", w.t("home")));
        trail.addAll(crumbs);
        if (!crumbs.isEmpty()) trail.add(new Link(null, title));
        Citation c = DataRoutes.citation(ctx);
        return new Frame(w, title, description == null ? w.t("site.description") : description, DataRoutes.base(ctx), Lang.unprefixed(ctx),
                Lang.unprefixed(ctx).equals("/search") && ctx.queryParam("q") != null ? ctx.queryParam("q") : "",
                List.of(langLink(ctx, Lang.EN, lang, "English"), langLink(ctx, Lang.ZH, lang, "中文")),
                trail, downloads, c == null ? null : c.text(), feedQuery(ctx), null);
    }

    /** The same frame with the page's schema.org markup (home and /data). */
    static Frame withJsonLd(Frame f, String jsonLd) {
        return new Frame(f.w(), f.title(), f.description(), f.base(), f.path(), f.search(), f.langs(), f.crumbs(), f.downloads(),
                f.cite(), f.feedQuery(), jsonLd == null || jsonLd.isEmpty() ? null : jsonLd);
    }

    /** JSON and CSV downloads of one API answer. */
    static List<Link> downloads(String apiUrl) {
        String sep = apiUrl.contains("?") ? "&" : "?";
        return List.of(new Link(apiUrl, "JSON"), new Link(apiUrl + sep + "format=csv", "CSV"));
    }

    /** The page's own query string, passed on to its download so the download has the page's filters. */
    static String query(Context ctx) {
        String q = ctx.queryString();
        return q == null || q.isEmpty() ? "" : "?" + q;
    }

    /**
     * The subject of the page's feeds (the Atom feed of published changes, the calendar of coming effective
     * dates): "?org=ID" on an organization's page, "?state=ISO" on a state's, else "" (everything).
     */
    static String feedQuery(Context ctx) {
        String[] parts = Lang.unprefixed(ctx).split("/");
        if (parts.length == 3 && parts[1].equals("orgs")) return "?org=" + url(parts[2]);
        if (parts.length == 3 && parts[1].equals("states")) return "?state=" + url(parts[2]);
        return "";
    }

    /** The same page in another language: the current path and query with lang replaced. */
    private static Frame.LangLink langLink(Context ctx, Lang target, Lang current, String label) {
        StringBuilder q = new StringBuilder("lang=").append(target.code);
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals("lang")) for (String v : vs) q.append('&').append(url(k)).append('=').append(url(v));
        });
        String query = q.substring(("lang=" + target.code).length()).replaceFirst("^&", "");
        return new Frame.LangLink(target.code, label, "/" + target.code + Lang.unprefixed(ctx) + (query.isEmpty() ? "" : "?" + query),
                target == current);
    }

    static String url(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The first source of a fact, or null. */
    static String first(List<String> sources) {
        return sources == null || sources.isEmpty() ? null : sources.get(0);
    }
}
