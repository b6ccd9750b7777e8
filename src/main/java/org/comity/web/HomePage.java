package org.comity.web;

import static org.comity.web.Html.esc;

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
import org.comity.domain.OrgKind;
import org.comity.domain.Section;
import org.comity.domain.State;
import org.comity.query.Answers;
import org.comity.query.Lookup;
import org.comity.query.OrgFilter;
import org.comity.query.OrgListing;
import org.comity.query.TimelineEvent;

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
        Answers a = app.answers();
        String id = param(ctx, "instrument", KnownFacts.MEMORANDUM_2026);
        Instrument instrument = a.snapshot().instrument(id);
        if (instrument == null) {
            ctx.status(404);
            Layout.render(ctx, lang, Messages.t(lang, "not.found"), "<h1>" + esc(Messages.t(lang, "not.found")) + ": "
                    + esc(id) + "</h1>", List.of());
            return;
        }
        State actor = a.snapshot().state(instrument.actor());
        LocalDate today = app.today().date();
        String section = param(ctx, "section", "");
        String category = param(ctx, "category", "");
        String kind = param(ctx, "kind", "");
        String status = param(ctx, "status", "");

        List<OrgListing> all = a.orgs(new OrgFilter(id, null, null, null));
        Map<OrgListing, String> statusOf = new LinkedHashMap<>();
        for (OrgListing l : all) statusOf.put(l, a.status(actor, l.org(), today).answer().status().code());
        List<OrgListing> shown = new ArrayList<>();
        for (OrgListing l : all) {
            if (!section.isEmpty() && (l.action().section() == null || !l.action().section().code().equals(section))) continue;
            if (!category.isEmpty() && (l.org().category() == null || !l.org().category().code().equals(category))) continue;
            if (!kind.isEmpty() && !l.org().kind().code().equals(kind)) continue;
            if (!status.isEmpty() && !statusOf.get(l).equals(status)) continue;
            shown.add(l);
        }

        StringBuilder b = new StringBuilder(40_000);
        b.append("<p class=\"lede\">").append(esc(Messages.t(lang, "tagline"))).append("</p>")
                .append("<h1>").append(esc(lang.pick(instrument.title(), instrument.titleZh()))).append("</h1><p class=\"meta\">")
                .append(esc(instrument.date())).append(" · ").append(esc(instrument.citation())).append(" · ")
                .append(Layout.sourceLink(instrument.sources().isEmpty() ? null : instrument.sources().get(0))).append("</p>");
        counts(b, lang, all, statusOf);
        filters(b, lang, all, statusOf, section, category, kind, status);
        table(b, lang, shown, statusOf, actor, today);
        timeline(b, lang, a, actor);
        changedSince(b, lang, ctx, a, actor);
        b.append(DataRoutes.jsonLd(ctx)); // schema.org Dataset, for dataset search engines
        Layout.render(ctx, lang, lang.pick(instrument.title(), instrument.titleZh()), b.toString(),
                Layout.downloads("/api/orgs?instrument=" + Layout.url(id), "/download/orgs.csv" + Layout.query(ctx)));
    }

    private static void counts(StringBuilder b, Lang lang, List<OrgListing> all, Map<OrgListing, String> statusOf) {
        Map<String, Integer> bySection = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (OrgListing l : all) {
            if (l.action().section() != null) bySection.merge(l.action().section().code(), 1, Integer::sum);
            if (l.org().category() != null) byCategory.merge(l.org().category().code(), 1, Integer::sum);
            byStatus.merge(statusOf.get(l), 1, Integer::sum);
        }
        b.append("<div class=\"cards\"><div class=\"card\"><b>").append(all.size()).append("</b>")
                .append(esc(Messages.t(lang, "organizations"))).append("</div>");
        bySection.forEach((k, v) -> b.append("<div class=\"card\"><b>").append(v).append("</b>").append(esc(Messages.t(lang, k))).append("</div>"));
        b.append("</div><div class=\"cards\">");
        byCategory.forEach((k, v) -> b.append("<div class=\"card\"><b>").append(v).append("</b>").append(esc(Messages.code(lang, k))).append("</div>"));
        byStatus.forEach((k, v) -> b.append("<div class=\"card\"><b>").append(v).append("</b>").append(Layout.badge(lang, k)).append("</div>"));
        b.append("</div>");
    }

    private static void filters(StringBuilder b, Lang lang, List<OrgListing> all, Map<OrgListing, String> statusOf,
                                String section, String category, String kind, String status) {
        b.append("<form class=\"filters\" method=\"get\" action=\"/\">")
                .append(select(lang, "section", Messages.t(lang, "section"), List.of(Section.UN.code(), Section.NON_UN.code()), section, true))
                .append(select(lang, "category", Messages.t(lang, "category"),
                        java.util.Arrays.stream(Category.values()).map(Category::code).toList(), category, false))
                .append(select(lang, "kind", Messages.t(lang, "kind"),
                        all.stream().map(l -> l.org().kind().code()).distinct().sorted().toList(), kind, false))
                .append(select(lang, "status", Messages.t(lang, "status.today"),
                        statusOf.values().stream().distinct().sorted().toList(), status, false))
                .append("<button type=\"submit\">").append(esc(Messages.t(lang, "filter"))).append("</button></form>");
    }

    private static String select(Lang lang, String name, String label, List<String> values, String chosen, boolean sectionWords) {
        StringBuilder s = new StringBuilder("<label>").append(esc(label)).append("<select name=\"").append(name).append("\">")
                .append("<option value=\"\">").append(esc(Messages.t(lang, "all"))).append("</option>");
        for (String v : values) {
            String words = sectionWords ? Messages.t(lang, v) : Messages.code(lang, v);
            s.append("<option value=\"").append(esc(v)).append('"').append(v.equals(chosen) ? " selected" : "").append('>')
                    .append(esc(words)).append("</option>");
        }
        return s.append("</select></label>").toString();
    }

    private static void table(StringBuilder b, Lang lang, List<OrgListing> shown, Map<OrgListing, String> statusOf,
                              State actor, LocalDate today) {
        b.append("<p class=\"meta\">").append(shown.size()).append(" / ").append(statusOf.size()).append(' ')
                .append(esc(Messages.t(lang, "organizations"))).append(" · ").append(esc(Messages.t(lang, "status.today")))
                .append(" (").append(esc(lang.pick(actor.nameEn(), actor.nameZh()))).append(", ").append(today).append(")</p>")
                .append("<div class=\"table-wrap\"><table class=\"sortable\" id=\"orgs\"><thead><tr><th>#</th><th>")
                .append(esc(Messages.t(lang, "organization"))).append("</th><th>")
                .append(esc(Messages.t(lang, lang == Lang.ZH ? "name.en" : "name.zh"))).append("</th><th class=\"opt\">")
                .append(esc(Messages.t(lang, "section"))).append("</th><th class=\"opt\">")
                .append(esc(Messages.t(lang, "category"))).append("</th><th>")
                .append(esc(Messages.t(lang, "status.today"))).append("</th></tr></thead><tbody>");
        for (OrgListing l : shown) {
            var o = l.org();
            String st = statusOf.get(l);
            b.append("<tr data-status=\"").append(esc(st)).append("\"><td class=\"num\">").append(l.action().seq())
                    .append("</td><td><a href=\"/orgs/").append(esc(o.id())).append("\">").append(esc(lang.pick(o.nameEn(), o.nameZh())))
                    .append("</a>");
            if (o.acronym() != null) b.append(" <span class=\"acr\">").append(esc(o.acronym())).append("</span>");
            b.append("</td><td lang=\"").append(lang == Lang.ZH ? "en" : "zh").append("\">")
                    .append(esc(lang == Lang.ZH ? o.nameEn() : o.nameZh())).append("</td><td class=\"opt\">")
                    .append(esc(l.action().section() == null ? "" : Messages.t(lang, l.action().section().code() + ".short")))
                    .append("</td><td class=\"opt\">").append(esc(o.category() == null ? "" : Messages.code(lang, o.category().code())))
                    .append("</td><td data-sort=\"").append(esc(st)).append("\">").append(Layout.badge(lang, st)).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private void timeline(StringBuilder b, Lang lang, Answers a, State actor) {
        List<TimelineEvent> events = a.timeline(actor, null, TIMELINE_FROM, null);
        Map<Integer, int[]> perYear = new TreeMap<>();
        for (int y = TIMELINE_FROM.getYear(); y <= app.today().year(); y++) perYear.put(y, new int[2]);
        for (TimelineEvent e : events) {
            int[] c = perYear.get(e.date().date().getYear());
            if (c == null) continue;
            if (e.action().type() == org.comity.domain.ActionType.REJOIN || e.action().type() == org.comity.domain.ActionType.RETRACT) c[1]++;
            else if (e.action().type() != org.comity.domain.ActionType.REVIEW) c[0]++;
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("data", List.of(lang == Lang.ZH ? "退出及停止参与" : "exits and cuts", lang == Lang.ZH ? "重返及撤回" : "returns and retractions")));
        option.put("xAxis", Map.of("type", "category", "data", perYear.keySet().stream().map(String::valueOf).toList()));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", List.of(
                Map.of("name", lang == Lang.ZH ? "退出及停止参与" : "exits and cuts", "type", "bar", "color", "#d93025",
                        "data", perYear.values().stream().map(c -> c[0]).toList()),
                Map.of("name", lang == Lang.ZH ? "重返及撤回" : "returns and retractions", "type", "bar", "color", "#188038",
                        "data", perYear.values().stream().map(c -> c[1]).toList())));
        b.append("<h2>").append(esc(Messages.t(lang, "timeline"))).append("</h2>")
                .append("<div class=\"chart\" role=\"img\" aria-label=\"").append(esc(Messages.t(lang, "timeline")))
                .append("\" data-option=\"").append(esc(Json.compact(option))).append("\"></div>")
                .append("<div class=\"table-wrap\"><table><thead><tr><th>").append(esc(Messages.t(lang, "date"))).append("</th><th>")
                .append(esc(Messages.t(lang, "organization"))).append("</th><th>").append(esc(Messages.t(lang, "action")))
                .append("</th><th class=\"opt\">").append(esc(Messages.t(lang, "effective"))).append("</th><th>")
                .append(esc(Messages.t(lang, "source"))).append("</th></tr></thead><tbody>");
        for (TimelineEvent e : events) {
            if (e.action().instrument().equals(KnownFacts.MEMORANDUM_2026)) continue; // the table above lists those 66
            var o = a.snapshot().org(e.action().org());
            b.append("<tr><td class=\"nowrap\">").append(esc(e.date())).append("</td><td><a href=\"/orgs/").append(esc(o.id()))
                    .append("\">").append(esc(o.shortName())).append("</a></td><td>").append(esc(Messages.code(lang, e.action().type().code())))
                    .append("</td><td class=\"opt nowrap\">").append(esc(e.effective())).append("</td><td>")
                    .append(Layout.sourceLink(e.action().sources().isEmpty() ? null : e.action().sources().get(0))).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    /** The form always; the list only once a date is asked for (the default page stays small). */
    private void changedSince(StringBuilder b, Lang lang, Context ctx, Answers a, State actor) {
        String asked = param(ctx, "since", "");
        LocalDate since = asked.isEmpty() ? null : Lookup.date(asked, "since");
        b.append("<h2 id=\"changed\">").append(esc(Messages.t(lang, "changed.since"))).append(since == null ? "…" : " " + since).append("</h2>")
                .append("<form class=\"filters\" method=\"get\" action=\"/#changed\"><label>").append(esc(Messages.t(lang, "date")))
                .append("<input type=\"date\" name=\"since\" value=\"").append(since == null ? "2025-01-01" : since.toString())
                .append("\"></label><button type=\"submit\">").append(esc(Messages.t(lang, "show"))).append("</button></form>");
        if (since == null) return;
        var changes = a.diff(actor, since, app.today().date());
        b.append("<div class=\"table-wrap\"><table><thead><tr><th>").append(esc(Messages.t(lang, "date"))).append("</th><th>")
                .append(esc(Messages.t(lang, "change"))).append("</th><th>").append(esc(Messages.t(lang, "organization")))
                .append("</th></tr></thead><tbody>");
        for (var c : changes) {
            b.append("<tr><td class=\"nowrap\">").append(esc(c.date())).append("</td><td>").append(esc(Messages.code(lang, c.change())))
                    .append("</td><td><a href=\"/orgs/").append(esc(c.org().id())).append("\">")
                    .append(esc(lang.pick(c.org().nameEn(), c.org().nameZh()))).append("</a></td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static String param(Context ctx, String name, String fallback) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }
}
