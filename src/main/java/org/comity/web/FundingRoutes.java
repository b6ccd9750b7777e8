package org.comity.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.comity.App;
import org.comity.api.ClaimShapes;
import org.comity.api.FundingShapes;
import org.comity.claims.ClaimsQuestion;
import org.comity.funding.FundingData;
import org.comity.funding.FundingHolder;
import org.comity.funding.ImpactQuestion;
import org.comity.query.BadInputException;
import org.comity.query.Lookup;

/**
 * The funding API: /api/impact, /api/claims and /api/funding — the same answers as the CLI verbs
 * {@code impact}, {@code claims} and {@code funding revenue|donor} (both render {@link FundingShapes}).
 */
final class FundingRoutes {

    private final App app;
    private final FundingHolder funding;

    FundingRoutes(App app, FundingHolder funding) {
        this.app = app;
        this.funding = funding;
    }

    void register(RoutesConfig r) {
        r.get("/api/impact", this::impact);
        r.get("/api/claims", this::claims);
        r.get("/api/funding", this::funding);
    }

    /** ?instrument=ID&donor=USA&donor=ARG&org=who&year=2023&denominator=revenue|government */
    private void impact(Context ctx) {
        FundingData d = funding.get();
        var s = app.snapshots().get();
        ImpactQuestion q = ImpactQuestion.resolve(s, d, ctx.queryParam("instrument"), ctx.queryParams("donor"),
                ctx.queryParams("org"), year(ctx), ctx.queryParam("denominator"));
        ApiRoutes.json(ctx, FundingShapes.impact(s, q.instrument(), q.answer(d, s)));
    }

    private void claims(Context ctx) {
        ApiRoutes.json(ctx, ClaimShapes.claims(ClaimsQuestion.answer(app.snapshots().get(), funding.get(), ctx.queryParam("document"))));
    }

    /** ?org=X[&year=Y]: revenue by year and type; ?donor=USA[&year=Y]: contributions by organization. */
    private void funding(Context ctx) {
        var s = app.snapshots().get();
        String org = ctx.queryParam("org");
        String donor = ctx.queryParam("donor");
        if (org != null && !org.isBlank()) {
            ApiRoutes.json(ctx, FundingShapes.revenue(s, funding.get(), Lookup.org(s, org), year(ctx)));
        } else if (donor != null && !donor.isBlank()) {
            ApiRoutes.json(ctx, FundingShapes.donor(s, funding.get(), Lookup.state(s, donor), year(ctx)));
        } else {
            throw new BadInputException("give 'org' (revenue by year and type) or 'donor' (contributions by organization)",
                    List.of("org", "donor"));
        }
    }

    private static Integer year(Context ctx) {
        String y = ctx.queryParam("year");
        if (y == null || y.isBlank()) return null;
        if (!y.trim().matches("\\d{4}")) throw new BadInputException("'" + y + "' is not a year for year (use YYYY)");
        return Integer.parseInt(y.trim());
    }
}
