package org.comity.web;

import io.javalin.Javalin;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.comity.App;
import org.comity.funding.FundingHolder;
import org.comity.dataset.DatasetException;
import org.comity.query.BadInputException;
import org.comity.query.NotFoundException;

/** The HTTP server: the web pages, the JSON API under /api/, /health and /metrics. */
public final class WebServer {

    private final Javalin javalin;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final org.comity.store.ChangeListener listener;

    private WebServer(Javalin javalin, org.comity.store.ChangeListener listener) {
        this.javalin = javalin;
        this.listener = listener;
    }

    /** With the releases of {@code COMITY_RELEASES}, else {@code releases/} under COMITY_HOME. */
    public static WebServer start(App app, String bind, int port) {
        return start(app, bind, port, org.comity.release.ReleaseShelf.directory(null, System.getenv()));
    }

    /** {@code releases}: the directory {@code comity release} writes to, served at /data. */
    public static WebServer start(App app, String bind, int port, java.nio.file.Path releases) {
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        FundingHolder funding = new FundingHolder(app.database());
        ApiRoutes api = new ApiRoutes(app);
        HomePage home = new HomePage(app);
        OrgPage orgPage = new OrgPage(app, funding);
        StatePage statePage = new StatePage(app, funding);
        InstrumentPage instrumentPage = new InstrumentPage(app, funding);
        SearchPage searchPage = new SearchPage(app);
        PageCache cache = new PageCache(app, funding);
        ClaimsPage claimsPage = new ClaimsPage(app, funding);
        ReadPage readPage = new ReadPage(app);
        CurationRoutes curation = new CurationRoutes(app);
        IndexPages indexes = new IndexPages(app);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            Limits.register(config);
            SecurityHeaders.register(config);
            // Pages are up to ~50 KB: one buffer holds a whole page, so Jetty writes it once with its length.
            config.http.responseBufferSize = 64 * 1024;
            // Every asset comes from the jar: the site works with no internet.
            config.staticFiles.add("/public", io.javalin.http.staticfiles.Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.requestLogger.http((ctx, ms) -> {
                String path;
                try {
                    path = ctx.endpoint().path;
                } catch (RuntimeException e) {
                    path = "unmatched";
                }
                Timer.builder("comity_http_requests").tag("path", path).tag("status", String.valueOf(ctx.statusCode()))
                        .register(metrics).record((long) (ms * 1_000_000), TimeUnit.NANOSECONDS);
            });
            // First: every handler after it (pages, API) finds the request's citation; old ids are moved on.
            new DataRoutes(app, new org.comity.release.ReleaseShelf(releases)).register(config.routes, cache);
            new Redirects(app).register(config.routes);
            // Every page at its own path and under /en/ and /zh/: a copied link keeps its language.
            for (String lang : new String[] {"", "/en", "/zh"}) {
                config.routes.get(lang.isEmpty() ? "/" : lang, cache.cached(home::render));
                config.routes.get(lang + "/orgs", cache.cached(indexes::orgs));
                config.routes.get(lang + "/states", cache.cached(indexes::states));
                config.routes.get(lang + "/instruments", cache.cached(indexes::instruments));
                config.routes.get(lang + "/orgs/{id}", cache.cached(orgPage::render));
                config.routes.get(lang + "/states/{iso}", cache.cached(statePage::render));
                config.routes.get(lang + "/instruments/{id}", cache.cached(instrumentPage::render));
                config.routes.get(lang + "/search", searchPage::render);
                config.routes.get(lang + "/claims", cache.cached(claimsPage::render));
                config.routes.get(lang + "/read", readPage::render);
                config.routes.post(lang + "/read", readPage::render);
            }
            new SiteFiles(app).register(config.routes);
            new Health(app, funding).register(config.routes);
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.scrape()));
            api.register(config.routes);
            new FundingRoutes(app, funding).register(config.routes);
            new LinkRoutes(app).register(config.routes);
            new DownloadRoutes(app, funding).register(config.routes);
            new DateFeedRoutes(app).register(config.routes);
            curation.register(config.routes);
            config.routes.exception(NotFoundException.class, (e, ctx) -> Errors.show(ctx, 404, e.getMessage(), null));
            config.routes.exception(BadInputException.class, (e, ctx) ->
                    Errors.show(ctx, 400, e.getMessage(), e.candidates().isEmpty() ? null : e.candidates()));
            config.routes.exception(DatasetException.class, (e, ctx) -> Errors.show(ctx, 400, e.getMessage(), null));
        });
        javalin.start(bind, port);
        // The search index is built on first use of a snapshot (about half a second): build it now, not in the first search.
        Thread index = new Thread(() -> {
            try {
                org.comity.search.SearchIndex.of(app.snapshots().get());
            } catch (RuntimeException e) {
                // The first search builds it and says why it cannot.
                org.slf4j.LoggerFactory.getLogger(WebServer.class).warn("search index not built ahead: {}", e.toString());
            }
        }, "comity-search-index");
        index.setDaemon(true);
        index.start();
        // Nodes sharing one PostgreSQL database: a write on any of them is in this one's answers within a second.
        var listener = org.comity.store.ChangeListener.startIfShared(app.config(), () -> app.snapshots().refreshIfStale());
        WebServer server = new WebServer(javalin, listener);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "comity-shutdown"));
        return server;
    }

    /** Creates (without starting) a server, so that Jetty's and Javalin's classes are loaded ahead of need. */
    public static void preload() {
        Javalin.create(config -> config.startup.showJavalinBanner = false);
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT).close();
    }

    public int port() {
        return javalin.port();
    }

    /** Every route the router holds (method, path, and the roles a write route admits), to check that none is unguarded. */
    public java.util.List<io.javalin.router.Endpoint> endpoints() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint).toList();
    }

    public void stop() {
        if (listener != null) listener.close();
        javalin.stop();
        stopped.countDown();
    }

    /** Blocks until {@link #stop()} (or the JVM's shutdown). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }
}
