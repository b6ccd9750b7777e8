package org.comity.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.comity.App;
import org.comity.linking.InputText;
import org.comity.linking.Linking;
import org.comity.linking.ListIngest;
import org.comity.query.Answers;
import org.comity.query.BadInputException;
import org.comity.query.Lookup;
import org.comity.query.NotFoundException;

/**
 * POST /api/link: the body is UTF-8 text, the answer the JSON of `comity link --format json`;
 * {@code ?state=USA&on=DATE} as for /api/status, {@code ?list=true} for the list mode. Bodies over
 * {@link #LIMIT} get 413 with a JSON error, before they are read whole.
 */
public final class LinkRoutes {

    /** 1 MB: a long news story is a few tens of kilobytes; more is a file for the CLI. */
    public static final int LIMIT = 1 << 20;

    private final App app;

    public LinkRoutes(App app) {
        this.app = app;
    }

    public void register(RoutesConfig r) {
        r.post("/api/link", this::link);
    }

    private void link(Context ctx) {
        int declared = ctx.contentLength();
        if (declared > LIMIT) {
            tooLarge(ctx, declared);
            return;
        }
        byte[] body = readAtMost(ctx, LIMIT + 1);
        if (body.length > LIMIT) {
            tooLarge(ctx, -1);
            return;
        }
        try {
            Answers a = app.answers();
            var state = Lookup.state(a.snapshot(), param(ctx, "state", "USA"));
            String on = ctx.queryParam("on");
            LocalDate day = on == null || on.isBlank() ? app.today().date() : Lookup.date(on, "on");
            String text = InputText.decode(body, "the request body");
            if ("true".equalsIgnoreCase(ctx.queryParam("list"))) {
                ApiRoutes.json(ctx, Map.of("proposals", ListIngest.propose(a, text, state, day)));
            } else {
                ApiRoutes.json(ctx, Linking.link(a, text, state, day));
            }
        } catch (BadInputException e) {
            ApiRoutes.error(ctx, 400, e.getMessage(), e.candidates().isEmpty() ? null : e.candidates());
        } catch (NotFoundException e) {
            ApiRoutes.error(ctx, 404, e.getMessage(), null);
        }
    }

    private static void tooLarge(Context ctx, int declared) {
        String size = declared > 0 ? declared + " bytes" : "more than " + LIMIT + " bytes";
        ApiRoutes.error(ctx, 413, "the text is too large (" + size + "); the limit is " + LIMIT
                + " bytes (1 MB): use `comity link FILE` for longer texts", null);
    }

    private static byte[] readAtMost(Context ctx, int max) {
        try (InputStream in = ctx.req().getInputStream()) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String param(Context ctx, String name, String fallback) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
