package org.comity.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UriTooLongResponse;
import java.util.Map;
import java.util.Set;
import org.comity.api.Json;

/**
 * Limits on every door of the server, so that no anonymous request can tie it up: the size of a body, of a
 * query and of its number of parameters, how slowly a client may send (idle and slow clients hold a thread
 * each), and how often one client may call the routes that cost the most. Each refusal is its own status
 * (405, 413, 414, 429, 400) with a JSON error. Ranges of values (years) are checked where they are read.
 */
final class Limits {

    /** Pasted text for /read and /api/link: a long article is 100 KB. */
    static final long MAX_BODY_BYTES = 1 << 20;
    static final int MAX_QUERY_CHARS = 2048;
    static final int MAX_PARAMETERS = 20;
    /** Request line and headers together (Jetty answers 414 or 431 past it). */
    static final int MAX_HEADER_BYTES = 8 * 1024;
    /** A connection that sends nothing for this long is closed. */
    static final long IDLE_MILLIS = 15_000;
    /** A body sent more slowly than this is cut off (a slow client would hold a thread for as long as it likes). */
    static final long MIN_BODY_BYTES_PER_SECOND = 1024;
    /** Per client and route, for the routes that read or search text. */
    static final int EXPENSIVE_PER_MINUTE = 120;
    static final Set<String> EXPENSIVE = Set.of("/api/link", "/api/search", "/api/count", "/search", "/read", "/download/search.csv", "/download/link.csv");


    private Limits() {}

    /** Requests per key in fixed windows of time; the table is cleared each window, so it cannot grow without end. */
    static final class Window {
        private final int max;
        private final long millis;
        private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger> counts =
                new java.util.concurrent.ConcurrentHashMap<>();
        private volatile long windowStart = System.currentTimeMillis();

        Window(int max, long millis) {
            this.max = max;
            this.millis = millis;
        }

        boolean allow(String key) {
            roll();
            return counts.computeIfAbsent(key, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet() <= max;
        }

        /** Whether {@code key} has used up this window (without counting a use). */
        boolean exhausted(String key) {
            roll();
            var c = counts.get(key);
            return c != null && c.get() >= max;
        }

        private void roll() {
            long now = System.currentTimeMillis();
            if (now - windowStart >= millis) {
                synchronized (this) {
                    if (now - windowStart >= millis) {
                        counts.clear();
                        windowStart = now;
                    }
                }
            }
        }
    }

    static void register(JavalinConfig config) {
        config.http.maxRequestSize = MAX_BODY_BYTES;
        config.http.prefer405over404 = true;
        config.jetty.modifyHttpConfiguration(h -> {
            h.setRequestHeaderSize(MAX_HEADER_BYTES);
            h.setIdleTimeout(IDLE_MILLIS);
            h.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
        });
        config.jetty.modifyServer(server -> server.addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(org.eclipse.jetty.util.component.LifeCycle event) {
                for (var c : server.getConnectors()) {
                    if (c instanceof org.eclipse.jetty.server.AbstractConnector a) a.setIdleTimeout(IDLE_MILLIS);
                }
            }
        }));
        // One window per server: two servers in one process (tests, or a node beside its standby) count apart.
        Window rate = new Window(EXPENSIVE_PER_MINUTE, 60_000);
        config.routes.before(ctx -> check(ctx, rate));
        for (Class<? extends HttpResponseException> refusal : java.util.List.of(MethodNotAllowedResponse.class,
                ContentTooLargeResponse.class, TooManyRequestsResponse.class, UriTooLongResponse.class)) {
            config.routes.exception(refusal, (e, ctx) -> refuse(ctx, e.getStatus(), message(e)));
        }
    }

    private static void check(Context ctx, Window rate) {
        String query = ctx.queryString();
        if (query != null && query.length() > MAX_QUERY_CHARS) {
            throw new UriTooLongResponse("the query is " + query.length() + " characters long; at most " + MAX_QUERY_CHARS);
        }
        if (query != null && query.chars().filter(c -> c == '&').count() + 1 > MAX_PARAMETERS) {
            refuse(ctx, 400, "at most " + MAX_PARAMETERS + " query parameters");
            ctx.skipRemainingHandlers();
            return;
        }
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
            throw new ContentTooLargeResponse("the body is too large: " + length + " bytes; at most " + (MAX_BODY_BYTES >> 20) + " MB");
        }
        // The same page in either language (/en/search, /zh/read) counts as the page.
        String route = Lang.unprefixed(ctx);
        if (EXPENSIVE.contains(route) && !rate.allow(ctx.ip() + " " + route)) throw new TooManyRequestsResponse();
    }

    private static String message(HttpResponseException e) {
        if (e instanceof TooManyRequestsResponse) {
            return "too many requests: at most " + EXPENSIVE_PER_MINUTE + " a minute to this route from one client";
        }
        if (e instanceof MethodNotAllowedResponse) return "method not allowed here";
        if (e instanceof ContentTooLargeResponse && (e.getMessage() == null || !e.getMessage().contains("at most"))) {
            return "the body is too large: more than " + (MAX_BODY_BYTES >> 20) + " MB";
        }
        return e.getMessage();
    }

    /** A refusal: its status and one JSON line saying why. */
    static void refuse(Context ctx, int status, String message) {
        ctx.status(status);
        if (status == 429) ctx.header("Retry-After", "60");
        ctx.contentType("application/json; charset=utf-8").result(Json.compact(Map.of("error", message)));
    }
}
