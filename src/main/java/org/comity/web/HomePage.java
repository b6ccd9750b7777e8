package org.comity.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.comity.App;
import org.comity.api.Json;
import org.comity.dataset.KnownFacts;
import org.comity.domain.Category;
import org.comity.domain.Instrument;
import org.comity.domain.Section;
import org.comity.domain.State;
import org.comity.query.Answers;
import org.comity.query.Lookup;
import org.comity.query.OrgFilter;
import org.comity.query.OrgListing;
import org.comity.query.NotFoundException;
import org.comity.query.TimelineEvent;
import org.comity.domain.ActionType;
import org.comity.web.view.Card;
import org.comity.web.view.Chart;
import org.comity.web.view.EventRow;
import org.comity.web.view.Frame;
import org.comity.web.view.HomeView;
import org.comity.web.view.Link;
import org.comity.web.view.Words;

/**
 * The first page: one instrument (by default the memorandum of 7 Jan 2026) at a glance — counts by
 * section, category and status, the list with filters, the US timeline since 2017, and what changed
 * since a date. Filters are a plain GET form, so the page works without JavaScript.
 */
final class HomePage {

    private static final LocalDate TIMELINE_FROM = LocalDate.of(2017, 1, 1);

    private final App app;

    HomePage(App app) {
        this.app = app;
    }

    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        Words w = lang.words();
        Answers a = app.answers();
        String id = param(ctx, "instrument", KnownFacts.MEMORANDUM_2026);
        Instrument instrument = a.snapshot().instrument(id);
        if (instrument == null) throw new NotFoundException("no instrument '" + id + "'");
        State actor = a.snapshot().state(instrument.actor());
        LocalDate today = app.today().date();
        String section = param(ctx, "section", "");
        String category = param(ctx, "category", "");
        String kind = param(ctx, "kind", "");
        String status = param(ctx, "status", "");

        List<OrgListing> all = a.orgs(new OrgFilter(id, null, null, null));
        Map<OrgListing, String> statusOf = new LinkedHashMap<>();
        for (OrgListing l : all) statusOf.put(l, a.status(actor, l.org(), today).answer().status().code());
        List<HomeView.Row> rows = new ArrayList<>();
        for (OrgListing l : all) {
            if (!section.isEmpty() && (l.action().section() == null || !l.action().section().code().equals(section))) continue;
            if (!category.isEmpty() && (l.org().category() == null || !l.org().category().code().equals(category))) continue;
            if (!kind.isEmpty() && !l.org().kind().code().equals(kind)) continue;
            if (!status.isEmpty() && !statusOf.get(l).equals(status)) continue;
            var o = l.org();
            rows.add(new HomeView.Row(statusOf.get(l), l.action().seq(), o.id(), w.pick(o.nameEn(), o.nameZh()), o.acronym(),
                    w.zh() ? o.nameEn() : o.nameZh(), l.action().section() == null ? "" : w.t(l.action().section().code() + ".short"),
                    o.category() == null ? "" : w.code(o.category().code())));
        }
        String title = w.pick(instrument.title(), instrument.titleZh());
        String asked = param(ctx, "since", "");
        LocalDate since = asked.isEmpty() ? null : Lookup.date(asked, "since");
        List<HomeView.Change> changes = new ArrayList<>();
        if (since != null) {
            for (var c : a.diff(actor, since, today)) {
                changes.add(new HomeView.Change(String.valueOf(c.date()), w.code(c.change()), c.org().id(), w.pick(c.org().nameEn(), c.org().nameZh())));
            }
        }
        Frame frame = Layout.withJsonLd(Layout.frame(ctx, lang, title, w.t("tagline"), List.of(), "/api/orgs?instrument=" + Layout.url(id),
                "/download/orgs.csv" + Layout.query(ctx)),
                DataRoutes.jsonLd(ctx)); // schema.org Dataset, for dataset search engines
        HomeView view = new HomeView(frame, title, String.valueOf(instrument.date()), instrument.citation(), Layout.first(instrument.sources()),
                shortcuts(w, a, actor, instrument), sections(w, all), categories(w, all), statuses(statusOf),
                filters(w, all, statusOf, section, category, kind, status),
                rows.size() + " / " + statusOf.size() + " " + w.t("organizations") + " · " + w.t("status.today") + " ("
                        + w.pick(actor.nameEn(), actor.nameZh()) + ", " + today + ")",
                rows, timelineChart(w, a, actor), timelineRows(w, a, actor),
                since == null ? null : since.toString(), since == null ? "2025-01-01" : since.toString(), changes);
        Layout.render(ctx, "home.jte", view);
    }

    /** One click to the acting state's page, the memorandum's page and the indexes. */
    private static List<Link> shortcuts(Words w, Answers a, State actor, Instrument shown) {
        List<Link> links = new ArrayList<>();
        links.add(new Link("/states/" + actor.iso3(), w.pick(actor.nameEn(), actor.nameZh())));
        Instrument memo = a.snapshot().instrument(KnownFacts.MEMORANDUM_2026);
        if (memo != null) links.add(new Link("/instruments/" + memo.id(), w.t("the.memorandum")));
        links.add(new Link("/orgs", w.t("index.orgs")));
        links.add(new Link("/states", w.t("index.states")));
        links.add(new Link("/instruments", w.t("index.instruments")));
        return links;
    }

    private static List<Card> sections(Words w, List<OrgListing> all) {
        Map<String, Integer> bySection = new TreeMap<>();
        for (OrgListing l : all) if (l.action().section() != null) bySection.merge(l.action().section().code(), 1, Integer::sum);
        List<Card> cards = new ArrayList<>();
        cards.add(new Card(all.size(), w.t("organizations"), null));
        bySection.forEach((k, v) -> cards.add(new Card(v, w.t(k), null)));
        return cards;
    }

    private static List<Card> categories(Words w, List<OrgListing> all) {
        Map<String, Integer> byCategory = new TreeMap<>();
        for (OrgListing l : all) if (l.org().category() != null) byCategory.merge(l.org().category().code(), 1, Integer::sum);
        List<Card> cards = new ArrayList<>();
        byCategory.forEach((k, v) -> cards.add(new Card(v, w.code(k), null)));
        return cards;
    }

    private static List<Card> statuses(Map<OrgListing, String> statusOf) {
        Map<String, Integer> byStatus = new TreeMap<>();
        for (String st : statusOf.values()) byStatus.merge(st, 1, Integer::sum);
        List<Card> cards = new ArrayList<>();
        byStatus.forEach((k, v) -> cards.add(new Card(v, null, k)));
        return cards;
    }

    private static List<HomeView.Filter> filters(Words w, List<OrgListing> all, Map<OrgListing, String> statusOf,
                                                 String section, String category, String kind, String status) {
        return List.of(
                filter(w, "section", w.t("section"), List.of(Section.UN.code(), Section.NON_UN.code()), section, true),
                filter(w, "category", w.t("category"), java.util.Arrays.stream(Category.values()).map(Category::code).toList(), category, false),
                filter(w, "kind", w.t("kind"), all.stream().map(l -> l.org().kind().code()).distinct().sorted().toList(), kind, false),
                filter(w, "status", w.t("status.today"), statusOf.values().stream().distinct().sorted().toList(), status, false));
    }

    private static HomeView.Filter filter(Words w, String name, String label, List<String> values, String chosen, boolean sectionWords) {
        List<HomeView.Option> options = values.stream()
                .map(v -> new HomeView.Option(v, sectionWords ? w.t(v) : w.code(v), v.equals(chosen))).toList();
        return new HomeView.Filter(name, label, options);
    }

    private Chart timelineChart(Words w, Answers a, State actor) {
        List<TimelineEvent> events = a.timeline(actor, null, TIMELINE_FROM, null);
        Map<Integer, int[]> perYear = new TreeMap<>();
        for (int y = TIMELINE_FROM.getYear(); y <= app.today().year(); y++) perYear.put(y, new int[2]);
        for (TimelineEvent e : events) {
            int[] c = perYear.get(e.date().date().getYear());
            if (c == null) continue;
            if (e.action().type() == ActionType.REJOIN || e.action().type() == ActionType.RETRACT) c[1]++;
            else if (e.action().type() != ActionType.REVIEW) c[0]++;
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("data", List.of(w.t("timeline.exits"), w.t("timeline.returns"))));
        option.put("xAxis", Map.of("type", "category", "name", w.t("axis.year"), "nameLocation", "middle", "nameGap", 28,
                "data", perYear.keySet().stream().map(String::valueOf).toList()));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1, "name", w.t("axis.count")));
        option.put("series", List.of(
                Map.of("name", w.t("timeline.exits"), "type", "bar", "color", "#d93025", "data", perYear.values().stream().map(c -> c[0]).toList()),
                Map.of("name", w.t("timeline.returns"), "type", "bar", "color", "#188038", "data", perYear.values().stream().map(c -> c[1]).toList())));
        return new Chart(w.t("timeline"), Json.compact(option));
    }

    private List<EventRow> timelineRows(Words w, Answers a, State actor) {
        List<TimelineEvent> events = new ArrayList<>();
        for (TimelineEvent e : a.timeline(actor, null, TIMELINE_FROM, null)) {
            if (!e.action().instrument().equals(KnownFacts.MEMORANDUM_2026)) events.add(e); // the table above lists those 66
        }
        return Events.rows(w, a.snapshot(), events);
    }

    private static String param(Context ctx, String name, String fallback) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }
}
