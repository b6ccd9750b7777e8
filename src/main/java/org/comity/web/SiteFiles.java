package org.comity.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.comity.App;

/** What crawlers and browsers ask of every site: /robots.txt, /sitemap.xml (every page in both languages), /favicon.ico. */
final class SiteFiles {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private final App app;

    SiteFiles(App app) {
        this.app = app;
    }

    void register(RoutesConfig r) {
        r.get("/robots.txt", ctx -> ctx.contentType("text/plain; charset=utf-8")
                .result("User-agent: *\nDisallow: /api/\nAllow: /api/docs\nSitemap: " + DataRoutes.base(ctx) + "/sitemap.xml\n"));
        r.get("/sitemap.xml", this::sitemap);
        r.get("/favicon.ico", ctx -> ctx.redirect("/assets/favicon.svg", io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
    }

    private void sitemap(Context ctx) {
        var s = app.snapshots().get();
        List<String> paths = new ArrayList<>(List.of("", "/orgs", "/states", "/instruments", "/claims", "/read", "/data"));
        for (var o : s.dataset().organizations()) paths.add("/orgs/" + o.id());
        for (var st : s.dataset().states()) paths.add("/states/" + st.iso3());
        for (var i : s.dataset().instruments()) paths.add("/instruments/" + i.id());
        List<String> urls = new ArrayList<>();
        String base = DataRoutes.base(ctx);
        for (String code : new String[] {"en", "zh"}) for (String p : paths) urls.add(base + "/" + code + p);
        StringOutput out = new StringOutput();
        TEMPLATES.render("sitemap.jte", urls, out);
        ctx.contentType("application/xml; charset=utf-8").result(out.toString());
    }
}
