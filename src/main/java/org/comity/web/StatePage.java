package org.comity.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.comity.App;
import org.comity.domain.State;
import org.comity.query.Answers;
import org.comity.query.Lookup;
import org.comity.web.view.Link;
import org.comity.web.view.StateView;
import org.comity.web.view.Words;

/** One state: its memberships on any day (today by default), and its recorded exits and returns. */
final class StatePage {

    private final App app;
    private final org.comity.funding.FundingHolder funding;

    StatePage(App app, org.comity.funding.FundingHolder funding) {
        this.app = app;
        this.funding = funding;
    }

    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        Words w = lang.words();
        Answers a = app.answers();
        State s = Lookup.state(a.snapshot(), ctx.pathParam("iso"));
        if (!s.iso3().equals(ctx.pathParam("iso"))) {
            ctx.redirect("/states/" + s.iso3());
            return;
        }
        String asked = ctx.queryParam("on");
        LocalDate on = asked == null || asked.isBlank() ? app.today().date() : Lookup.date(asked, "on");
        List<StateView.Membership> memberships = a.memberships(s, on).stream().map(m -> new StateView.Membership(m.org().id(),
                w.pick(m.org().nameEn(), m.org().nameZh()), m.episode() == null ? "" : w.code(m.episode().role().code()),
                m.status().status().code(), m.status().since() == null ? "" : m.status().since().toString())).toList();
        String name = w.pick(s.nameEn(), s.nameZh());
        StateView view = new StateView(
                Layout.frame(ctx, lang, name, null, List.of(new Link("/states", w.t("index.states"))),
                        "/api/memberships?state=" + s.iso3() + "&on=" + on, "/download/memberships.csv?state=" + s.iso3() + "&on=" + on),
                name, s.iso3(), w.zh() ? s.nameEn() : s.nameZh(), s.cowCode(), w.code(s.unStatus().code()), on.toString(), memberships,
                Events.rows(w, a.snapshot(), a.timeline(s, null, null, null)), FundingSection.state(w, a.snapshot(), funding.get(), s));
        Layout.render(ctx, "state.jte", view);
    }
}
