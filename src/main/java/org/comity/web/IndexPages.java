package org.comity.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.comity.App;
import org.comity.domain.Instrument;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.query.Answers;
import org.comity.web.view.HomeView;
import org.comity.web.view.IndexView;
import org.comity.web.view.Words;

/** The indexes: every organization (filtered by kind, category and US status), every state, every legal act. */
final class IndexPages {

    private final App app;

    IndexPages(App app) {
        this.app = app;
    }

    void orgs(Context ctx) {
        Lang lang = Lang.of(ctx);
        Words w = lang.words();
        Answers a = app.answers();
        State usa = a.snapshot().state("USA");
        String kind = param(ctx, "kind");
        String category = param(ctx, "category");
        String status = param(ctx, "status");
        List<Organization> all = a.snapshot().dataset().organizations().stream()
                .sorted(Comparator.comparing((Organization o) -> w.pick(o.nameEn(), o.nameZh()))).toList();
        List<IndexView.Row> rows = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        for (Organization o : all) {
            String st = a.status(usa, o, app.today().date()).answer().status().code();
            if (!statuses.contains(st)) statuses.add(st);
            if (!kind.isEmpty() && !o.kind().code().equals(kind)) continue;
            if (!category.isEmpty() && (o.category() == null || !o.category().code().equals(category))) continue;
            if (!status.isEmpty() && !st.equals(status)) continue;
            rows.add(new IndexView.Row("/orgs/" + o.id(), w.pick(o.nameEn(), o.nameZh()), w.pickLang(o.nameEn(), o.nameZh()), o.acronym(),
                    null, List.of(w.code(o.kind().code()), o.category() == null ? "" : w.code(o.category().code())), st));
        }
        statuses.sort(null);
        List<HomeView.Filter> filters = List.of(
                filter(w, "kind", w.t("kind"), all.stream().map(o -> o.kind().code()).distinct().sorted().toList(), kind),
                filter(w, "category", w.t("category"), all.stream().filter(o -> o.category() != null).map(o -> o.category().code())
                        .distinct().sorted().toList(), category),
                filter(w, "status", w.t("status.today") + " (" + w.pick(usa.nameEn(), usa.nameZh()) + ")", statuses, status));
        String title = w.t("index.orgs");
        Layout.render(ctx, "index.jte", new IndexView(Layout.frame(ctx, lang, title, w.t("index.orgs.lede"), List.of(), "/api/orgs"),
                title, w.t("index.orgs.lede"), filters,
                List.of("*" + w.t("organization"), w.t("kind"), w.t("category"), "*" + w.t("status.today")), rows));
    }

    void states(Context ctx) {
        Lang lang = Lang.of(ctx);
        Words w = lang.words();
        List<IndexView.Row> rows = app.answers().snapshot().dataset().states().stream()
                .sorted(Comparator.comparing((State s) -> w.pick(s.nameEn(), s.nameZh())))
                .map(s -> new IndexView.Row("/states/" + s.iso3(), w.pick(s.nameEn(), s.nameZh()), w.pickLang(s.nameEn(), s.nameZh()), s.iso3(),
                        w.zh() ? s.nameEn() : s.nameZh(), List.of(w.code(s.unStatus().code())), null))
                .toList();
        String title = w.t("index.states");
        Layout.render(ctx, "index.jte", new IndexView(Layout.frame(ctx, lang, title, w.t("index.states.lede"), List.of(), null),
                title, w.t("index.states.lede"), List.of(),
                List.of("*" + w.t("state"), "~" + w.t(w.zh() ? "name.en" : "name.zh"), w.t("un.membership")), rows));
    }

    void instruments(Context ctx) {
        Lang lang = Lang.of(ctx);
        Words w = lang.words();
        var s = app.answers().snapshot();
        List<IndexView.Row> rows = s.dataset().instruments().stream()
                .sorted(Comparator.comparing((Instrument i) -> String.valueOf(i.date())).reversed())
                .map(i -> {
                    State actor = s.state(i.actor());
                    return new IndexView.Row("/instruments/" + i.id(), w.pick(i.title(), i.titleZh()), w.pickLang(i.title(), i.titleZh()), null, null,
                            List.of(String.valueOf(i.date()), actor == null ? i.actor() : w.pick(actor.nameEn(), actor.nameZh()),
                                    w.code(i.kind().code()), String.valueOf(s.actionsOf(i.id()).size())), null);
                }).toList();
        String title = w.t("index.instruments");
        Layout.render(ctx, "index.jte", new IndexView(Layout.frame(ctx, lang, title, w.t("index.instruments.lede"), List.of(), null),
                title, w.t("index.instruments.lede"), List.of(),
                List.of("*" + w.t("instrument"), w.t("date"), w.t("state"), w.t("kind"), w.t("actions")), rows));
    }

    private static HomeView.Filter filter(Words w, String name, String label, List<String> values, String chosen) {
        return new HomeView.Filter(name, label, values.stream().map(v -> new HomeView.Option(v, w.code(v), v.equals(chosen))).toList());
    }

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null ? "" : v.trim();
    }
}
