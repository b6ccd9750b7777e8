package org.comity.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import org.comity.App;
import org.comity.api.Sheet;
import org.comity.api.Sheets;
import org.comity.claims.ClaimsQuestion;
import org.comity.dataset.KnownFacts;
import org.comity.domain.Category;
import org.comity.domain.OrgKind;
import org.comity.domain.Section;
import org.comity.domain.rules.Status;
import org.comity.funding.FundingHolder;
import org.comity.query.Answers;
import org.comity.query.BadInputException;
import org.comity.query.Lookup;
import org.comity.query.NotFoundException;
import org.comity.search.SearchIndex;

/**
 * The pages' CSV downloads ({@link Sheets}): the table a page shows, with the page's own query parameters
 * (its filters, its day), as a file a spreadsheet opens: UTF-8 with a byte-order mark, a header even
 * without rows, and a file name that says what and which day.
 */
final class DownloadRoutes {

    private final App app;
    private final FundingHolder funding;

    DownloadRoutes(App app, FundingHolder funding) {
        this.app = app;
        this.funding = funding;
    }

    void register(RoutesConfig r) {
        r.get("/download/orgs.csv", ctx -> send(ctx, Sheets.orgs(app.answers(), opt(ctx, "instrument") == null ? KnownFacts.MEMORANDUM_2026 : ctx.queryParam("instrument"),
                code(ctx, Section.class, "section"), code(ctx, Category.class, "category"), code(ctx, OrgKind.class, "kind"),
                code(ctx, Status.class, "status"), day(ctx))));
        r.get("/download/events.csv", ctx -> {
            Answers a = app.answers();
            if (opt(ctx, "org") == null && opt(ctx, "state") == null) throw new BadInputException("query parameter 'org' or 'state' is required");
            send(ctx, Sheets.events(a, opt(ctx, "state") == null ? null : Lookup.state(a.snapshot(), ctx.queryParam("state")),
                    opt(ctx, "org") == null ? null : Lookup.org(a.snapshot(), ctx.queryParam("org")), app.today().date()));
        });
        r.get("/download/memberships.csv", ctx -> {
            Answers a = app.answers();
            send(ctx, Sheets.memberships(a, Lookup.state(a.snapshot(), required(ctx, "state")), day(ctx)));
        });
        r.get("/download/instrument.csv", ctx -> {
            Answers a = app.answers();
            var i = a.snapshot().instrument(required(ctx, "id"));
            if (i == null) throw new NotFoundException("no instrument '" + ctx.queryParam("id") + "'");
            send(ctx, Sheets.instrument(a, i, day(ctx)));
        });
        r.get("/download/claims.csv", ctx -> send(ctx, Sheets.claims(
                ClaimsQuestion.answer(app.snapshots().get(), funding.get(), opt(ctx, "document")), opt(ctx, "document"), app.today().date())));
        // Read a text: the text comes in the query (a shared result) or in a form (a long one); reading it writes nothing.
        io.javalin.http.Handler read = ctx -> {
            String text = ctx.formParam("text") != null ? ctx.formParam("text") : required(ctx, "text");
            Answers a = app.answers();
            send(ctx, Sheets.link(org.comity.linking.Linking.link(a, org.comity.linking.InputText.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "the text"), a.snapshot().state("USA"),
                    app.today().date()), app.today().date()));
        };
        r.get("/download/link.csv", read);
        r.post("/download/link.csv", read);
        r.get("/download/search.csv", ctx -> {
            Answers a = app.answers();
            String lang = "zh".equals(ctx.queryParam("lang")) ? "zh" : "en";
            send(ctx, Sheets.search(a, lang, SearchIndex.of(a.snapshot()).search(required(ctx, "q"), SearchIndex.MAX_HITS), day(ctx)));
        });
    }

    private static void send(Context ctx, Sheet sheet) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + sheet.name() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(sheet.csv());
    }

    private static <E extends Enum<E> & org.comity.domain.Coded> E code(Context ctx, Class<E> type, String name) {
        return opt(ctx, name) == null ? null : Lookup.code(type, ctx.queryParam(name), name);
    }

    private LocalDate day(Context ctx) {
        return opt(ctx, "on") == null ? app.today().date() : Lookup.date(ctx.queryParam("on"), "on");
    }

    private static String opt(Context ctx, String name) {
        return ApiRoutes.opt(ctx, name);
    }

    private static String required(Context ctx, String name) {
        return ApiRoutes.required(ctx, name);
    }
}
