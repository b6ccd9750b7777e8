package org.comity.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * Headers on every response that tell a browser what the site never needs: no framing by other sites, no
 * guessing of content types, no scripts but our own (the API explorer's page keeps its one inline script),
 * no referrer sent elsewhere.
 */
final class SecurityHeaders {

    private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    private static final String DOCS_POLICY = POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

    private SecurityHeaders() {}

    static void register(JavalinConfig config) {
        config.routes.before(SecurityHeaders::add);
    }

    private static void add(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Content-Security-Policy", ctx.path().startsWith("/api/docs") ? DOCS_POLICY : POLICY);
    }
}
