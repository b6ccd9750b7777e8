package org.comity.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.comity.App;

/**
 * Rendered pages, kept until the dataset version, the funding version or the day changes: a page is a pure
 * function of the snapshot, the funding figures, the day (statuses are "today"), the language and the URL. Bounded: emptied when full.
 */
final class PageCache {

    private static final int MAX_PAGES = 256;

    private final App app;
    private final org.comity.funding.FundingHolder funding;
    /** Lock-free reads: under load a synchronized LRU map made every page request wait for the others. */
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    PageCache(App app, org.comity.funding.FundingHolder funding) {
        this.app = app;
        this.funding = funding;
    }

    /** A handler that serves {@code page} from the cache, rendering it on a miss; only 200 HTML pages are kept. */
    Handler cached(Handler page) {
        return ctx -> {
            String key = key(ctx);
            byte[] html = pages.get(key); // kept encoded: re-encoding 40 KB of text per request costs more than the lookup
            if (html != null) {
                ctx.contentType("text/html; charset=utf-8").result(html);
                return;
            }
            page.handle(ctx);
            String type = ctx.res().getContentType(); // the response's type (ctx.contentType() reads the request's)
            if (ctx.statusCode() == 200 && type != null && type.startsWith("text/html")) {
                byte[] rendered = ctx.result().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (pages.size() >= MAX_PAGES) pages.clear(); // crude but bounded; pages are cheap to render again
                pages.put(key, rendered);
                ctx.result(rendered);
            }
        };
    }

    private String key(Context ctx) {
        return app.snapshots().get().version() + "|" + funding.version() + "|" + app.today().date() + "|" + Lang.of(ctx).code + "|"
                + DataRoutes.cacheKey(ctx)
                + "|" + ctx.path() + "?"
                + (ctx.queryString() == null ? "" : ctx.queryString());
    }
}
