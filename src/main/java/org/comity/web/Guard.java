package org.comity.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.comity.curation.AccountRole;
import org.comity.curation.Accounts;

/**
 * Who is asking, and whether they may write. A caller is known by a bearer token (scripts, the API) or by
 * the session cookie (the web site); a cookie alone never suffices for a write: the form (or the
 * X-CSRF-Token header) must carry the session's CSRF token too. Every write route is registered here, with
 * the roles it admits kept on the router's endpoint, so a test can list them all from the router:
 * anonymous callers get 401, the wrong role 403.
 */
final class Guard {

    static final String COOKIE = "comity_session";
    static final String CSRF_FIELD = "_csrf";

    /** A caller: the account, and the session when it came by cookie. */
    record Caller(Accounts.Curator curator, Accounts.Session session) {}

    private final Accounts accounts;

    Guard(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The caller, if any: a bearer token first, else the session cookie. */
    Optional<Caller> caller(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return accounts.byToken(auth.substring(7).strip()).map(c -> new Caller(c, null));
        }
        return accounts.session(ctx.cookie(COOKIE)).map(s -> new Caller(s.curator(), s));
    }

    /** Registers a write route: {@code handler} runs only for a caller in {@code roles} (with the CSRF token, by cookie). */
    void write(RoutesConfig routes, HandlerType method, String path, Set<AccountRole> roles, Writer handler) {
        Handler guarded = ctx -> {
            Optional<Caller> caller = caller(ctx);
            if (caller.isEmpty()) {
                refuse(ctx, 401, "sign in first: this route changes the record (a session or an API token)");
                return;
            }
            Caller c = caller.get();
            if (c.session() != null && !csrfMatches(ctx, c.session().csrf())) {
                refuse(ctx, 403, "the form's CSRF token is missing or wrong; reload the page and send it again");
                return;
            }
            if (!roles.contains(c.curator().role())) {
                refuse(ctx, 403, "a " + c.curator().role().code() + " may not do this; it needs the role " + names(roles));
                return;
            }
            handler.handle(ctx, c);
        };
        routes.addEndpoint(new Endpoint(method, path, guarded, Set.of(new WriteRoute(EnumSet.copyOf(roles)))));
    }

    /** A handler that knows its caller. */
    interface Writer {
        void handle(Context ctx, Caller caller) throws Exception;
    }

    private static boolean csrfMatches(Context ctx, String expected) {
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null && isForm(ctx)) sent = ctx.formParam(CSRF_FIELD);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    private static String names(Set<AccountRole> roles) {
        return String.join(" or ", roles.stream().map(AccountRole::code).toList());
    }

    /** JSON under /api/, a short page elsewhere. */
    static void refuse(Context ctx, int status, String message) {
        if (ctx.path().startsWith("/api/")) {
            ApiRoutes.error(ctx, status, message, null);
            return;
        }
        ctx.status(status);
        Lang lang = Lang.of(ctx);
        String heading = String.valueOf(status);
        Layout.render(ctx, "error.jte", new org.comity.web.view.ErrorView(Layout.frame(ctx, lang, heading, null, java.util.List.of(), null),
                heading, message, java.util.List.of(new org.comity.web.view.Link("/sign-in", lang.words().t("sign.in")))));
    }

    /** The session cookie: HttpOnly, SameSite=Strict, and Secure when the request came over TLS (directly or through a proxy). */
    static void setSession(Context ctx, String value, long maxAgeSeconds) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
                + (overTls(ctx) ? "; Secure" : ""));
    }

    static boolean overTls(Context ctx) {
        return "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) || "https".equalsIgnoreCase(ctx.scheme());
    }
}
