package org.comity.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.comity.App;
import org.comity.domain.Action;
import org.comity.domain.Instrument;
import org.comity.query.Answers;
import org.comity.query.NotFoundException;
import org.comity.web.view.InstrumentView;
import org.comity.web.view.Link;
import org.comity.web.view.Words;

/** One legal act: every action it takes, in its order, with the acting state's status today. */
final class InstrumentPage {

    private final App app;
    private final org.comity.funding.FundingHolder funding;

    InstrumentPage(App app, org.comity.funding.FundingHolder funding) {
        this.app = app;
        this.funding = funding;
    }

    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        Words w = lang.words();
        Answers a = app.answers();
        Instrument i = a.snapshot().instrument(ctx.pathParam("id"));
        if (i == null) throw new NotFoundException("no instrument '" + ctx.pathParam("id") + "'");
        var actor = a.snapshot().state(i.actor());
        LocalDate today = app.today().date();
        List<InstrumentView.Row> rows = new ArrayList<>();
        for (Action act : a.snapshot().actionsOf(i.id())) {
            var o = a.snapshot().org(act.org());
            var st = a.status(actor, o, today).answer();
            rows.add(new InstrumentView.Row(act.seq(), o.id(), w.pick(o.nameEn(), o.nameZh()),
                    act.section() == null ? "" : w.t(act.section().code() + ".short"), w.code(act.type().code()),
                    act.notice() == null ? "" : act.notice().toString(), st.effective() == null ? "" : st.effective().toString(),
                    st.status().code(), Layout.first(act.sources())));
        }
        String title = w.pick(i.title(), i.titleZh());
        InstrumentView view = new InstrumentView(
                Layout.frame(ctx, lang, title, title + " · " + i.date() + " · " + rows.size() + " " + w.t("organizations"),
                        List.of(new Link("/instruments", w.t("index.instruments"))), "/api/instruments/" + i.id(),
                        "/download/instrument.csv?id=" + Layout.url(i.id())),
                title, String.valueOf(i.date()), actor.iso3(), w.pick(actor.nameEn(), actor.nameZh()), w.code(i.kind().code()), i.citation(),
                i.sources(), rows, FundingSection.instrument(w, a.snapshot(), funding.get(), i));
        Layout.render(ctx, "instrument.jte", view);
    }
}
