package org.comity.web;

import static org.comity.web.Html.esc;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.App;
import org.comity.api.Json;
import org.comity.domain.Alias;
import org.comity.domain.Organization;
import org.comity.domain.WithdrawalRule;
import org.comity.query.Answers;
import org.comity.query.Lookup;
import org.comity.query.StatusResult;
import org.comity.query.TimelineEvent;

/**
 * One organization: names, kind, parent, how states belong, the withdrawal clause, the US record with
 * its computed effective date and rule, members over time, other states' exits — each with its source.
 */
final class OrgPage {

    private static final String FOCUS_STATE = "USA";

    private final App app;
    private final org.comity.funding.FundingHolder funding;

    OrgPage(App app, org.comity.funding.FundingHolder funding) {
        this.app = app;
        this.funding = funding;
    }

    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        Answers a = app.answers();
        Organization o = Lookup.org(a.snapshot(), ctx.pathParam("id"));
        if (!o.id().equals(ctx.pathParam("id"))) {
            ctx.redirect("/orgs/" + o.id()); // one stable URL per organization
            return;
        }
        Set<String> sources = new LinkedHashSet<>(o.sources());
        StringBuilder b = new StringBuilder(30_000);
        b.append("<h1>").append(esc(lang.pick(o.nameEn(), o.nameZh())));
        if (o.acronym() != null) b.append(" <span class=\"acr\">").append(esc(o.acronym())).append("</span>");
        b.append("</h1><p class=\"lede\" lang=\"").append(lang == Lang.ZH ? "en" : "zh").append("\">")
                .append(esc(lang == Lang.ZH ? o.nameEn() : o.nameZh())).append("</p>");
        facts(b, lang, a, o);
        usRecord(b, lang, a, o, sources);
        clause(b, lang, a.snapshot().withdrawalRule(o.id()), sources);
        members(b, lang, a, o);
        map(b, lang, a, o);
        FundingSection.organization(b, lang, a.snapshot(), funding.get(), o, FOCUS_STATE);
        otherStates(b, lang, a, o, sources);
        b.append("<h2>").append(esc(Messages.t(lang, "sources"))).append("</h2><ul class=\"sources\">");
        for (String url : sources) {
            var s = a.snapshot().source(url);
            b.append("<li><a href=\"").append(esc(url)).append("\" rel=\"noopener\" target=\"_blank\">")
                    .append(esc(s == null ? url : s.title())).append("</a>");
            if (s != null && s.publisher() != null) b.append(" <span class=\"src\">").append(esc(s.publisher())).append(", seen ").append(esc(s.seen())).append("</span>");
            b.append("</li>");
        }
        b.append("</ul>");
        Layout.render(ctx, lang, lang.pick(o.nameEn(), o.nameZh()), b.toString(), Layout.downloads("/api/orgs/" + o.id(), "/download/events.csv?org=" + o.id()));
    }

    private static void facts(StringBuilder b, Lang lang, Answers a, Organization o) {
        b.append("<dl class=\"facts\">");
        dt(b, Messages.t(lang, "name.en"), esc(o.nameEn()));
        if (o.nameZh() != null) dt(b, Messages.t(lang, "name.zh"), "<span lang=\"zh\">" + esc(o.nameZh()) + "</span>");
        StringBuilder aliases = new StringBuilder();
        for (Alias al : a.snapshot().aliases(o.id())) {
            if (aliases.length() > 0) aliases.append(" · ");
            aliases.append("<span lang=\"").append(esc(al.lang())).append("\">").append(esc(al.alias())).append("</span>");
        }
        if (aliases.length() > 0) dt(b, Messages.t(lang, "aliases"), aliases.toString());
        dt(b, Messages.t(lang, "kind"), esc(o.kind().code()));
        if (o.parent() != null) {
            Organization p = a.snapshot().org(o.parent());
            dt(b, Messages.t(lang, "parent"), "<a href=\"/orgs/" + esc(p.id()) + "\">" + esc(lang.pick(p.nameEn(), p.nameZh())) + "</a>");
        }
        if (o.parentNote() != null) dt(b, "", esc(o.parentNote()));
        dt(b, Messages.t(lang, "joined.by"), esc(Messages.code(lang, o.joinedBy().code())));
        if (o.unSystem() != null) dt(b, Messages.t(lang, "un.system"), esc(Messages.code(lang, o.unSystem().code())));
        if (o.category() != null) dt(b, Messages.t(lang, "category"), esc(Messages.code(lang, o.category().code())));
        if (o.founded() != null) dt(b, Messages.t(lang, "founded"), esc(o.founded()));
        if (o.headquarters() != null) dt(b, Messages.t(lang, "headquarters"), esc(o.headquarters()));
        if (o.website() != null) dt(b, Messages.t(lang, "website"), "<a href=\"" + esc(o.website()) + "\" rel=\"noopener\">" + esc(o.website()) + "</a>");
        b.append("</dl>");
    }

    private static void dt(StringBuilder b, String term, String html) {
        b.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>");
    }

    private void usRecord(StringBuilder b, Lang lang, Answers a, Organization o, Set<String> sources) {
        var usa = a.snapshot().state(FOCUS_STATE);
        StatusResult now = a.status(usa, o, app.today().date());
        b.append("<h2>").append(esc(Messages.t(lang, "record.of"))).append(' ').append(esc(lang.pick(usa.nameEn(), usa.nameZh())))
                .append("</h2><p>").append(Layout.badge(lang, now.answer().status().code()));
        if (now.answer().since() != null) b.append(' ').append(esc(Messages.t(lang, "since"))).append(' ').append(now.answer().since());
        if (now.answer().effective() != null) {
            b.append(" · ").append(esc(Messages.t(lang, "effective"))).append(' ').append(now.answer().effective());
        }
        b.append("</p>");
        why(b, lang, now, a.snapshot().withdrawalRule(o.id()));
        List<TimelineEvent> events = a.timeline(usa, o, null, null);
        if (events.isEmpty()) {
            b.append("<p class=\"note\">").append(esc(Messages.t(lang, "none"))).append("</p>");
            return;
        }
        eventTable(b, lang, a, events, false, sources);
    }

    /** Why the exit is where it is: the clause that sets its date, in one sentence. */
    private static void why(StringBuilder b, Lang lang, StatusResult r, WithdrawalRule w) {
        if (w == null) return;
        String article = (w.article() == null ? "" : w.article() + ", ") + (w.treaty() == null ? "" : w.treaty());
        String rule = Messages.code(lang, w.rule().code());
        String text = null;
        switch (r.answer().status()) {
            case ANNOUNCED: text = String.format(Messages.t(lang, "why.announced"), article, rule); break;
            case WITHDRAWING:
                var notice = r.answer().basis().stream().filter(x -> x.notice() != null).map(x -> x.notice().toString()).reduce((x, y) -> y).orElse("?");
                text = String.format(Messages.t(lang, "why.withdrawing"), notice, article, r.answer().effective());
                break;
            default: break;
        }
        if (text != null) b.append("<p class=\"why\">").append(esc(text)).append("</p>");
    }

    /** The rule in words; an act without legal effect (a review, a funding cut) shows a dash. */
    static String ruleWords(Lang lang, org.comity.domain.EffectiveRule rule) {
        if (rule == org.comity.domain.EffectiveRule.NONE) return "–";
        if (rule == org.comity.domain.EffectiveRule.UNKNOWN) return lang == Lang.ZH ? "依退出条款" : "per the clause";
        return Messages.code(lang, rule.code());
    }

    /** P1Y as "1 year", P6M as "6 months", P90D as "90 days" (一年, 6个月, 90天 in Chinese). */
    static String period(Lang lang, java.time.Period p) {
        if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) return lang == Lang.ZH ? p.getYears() + "年" : p.getYears() + (p.getYears() == 1 ? " year" : " years");
        if (p.getMonths() > 0 && p.getYears() == 0 && p.getDays() == 0) return lang == Lang.ZH ? p.getMonths() + "个月" : p.getMonths() + " months";
        if (p.getDays() > 0 && p.getYears() == 0 && p.getMonths() == 0) return lang == Lang.ZH ? p.getDays() + "天" : p.getDays() + " days";
        return p.toString();
    }

    static void eventTable(StringBuilder b, Lang lang, Answers a, List<TimelineEvent> events, boolean withState, Set<String> sources) {
        b.append("<div class=\"table-wrap\"><table><thead><tr><th>").append(esc(Messages.t(lang, "date"))).append("</th>");
        if (withState) b.append("<th>").append(esc(Messages.t(lang, "state"))).append("</th>");
        b.append("<th>").append(esc(Messages.t(lang, "action"))).append("</th><th class=\"opt\">")
                .append(esc(Messages.t(lang, "instrument"))).append("</th><th>").append(esc(Messages.t(lang, "notice")))
                .append("</th><th>").append(esc(Messages.t(lang, "effective"))).append("</th><th class=\"opt\">")
                .append(esc(Messages.t(lang, "rule"))).append("</th><th>").append(esc(Messages.t(lang, "source")))
                .append("</th></tr></thead><tbody>");
        for (TimelineEvent e : events) {
            var act = e.action();
            String src = act.sources().isEmpty() ? null : act.sources().get(0);
            if (src != null) sources.add(src);
            b.append("<tr><td class=\"nowrap\">").append(esc(e.date())).append("</td>");
            if (withState) {
                var st = a.snapshot().state(act.state());
                b.append("<td><a href=\"/states/").append(esc(act.state())).append("\">")
                        .append(esc(st == null ? act.state() : lang.pick(st.nameEn(), st.nameZh()))).append("</a></td>");
            }
            b.append("<td>").append(esc(Messages.code(lang, act.type().code()))).append("</td><td class=\"opt\"><a href=\"/instruments/")
                    .append(esc(act.instrument())).append("\">").append(esc(act.instrument())).append("</a></td><td class=\"nowrap\">")
                    .append(esc(act.notice())).append("</td><td class=\"nowrap\">").append(esc(e.effective())).append("</td><td class=\"opt\">")
                    .append(esc(ruleWords(lang, act.rule()))).append("</td><td>").append(Layout.sourceLink(src)).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static void clause(StringBuilder b, Lang lang, WithdrawalRule w, Set<String> sources) {
        b.append("<h2>").append(esc(Messages.t(lang, "clause"))).append("</h2>");
        if (w == null) {
            b.append("<p class=\"note\">").append(esc(Messages.t(lang, "no.clause"))).append("</p>");
            return;
        }
        sources.addAll(w.sources());
        b.append("<dl class=\"facts\">");
        if (w.treaty() != null) dt(b, Messages.t(lang, "instrument"), esc(w.treaty()));
        if (w.article() != null) dt(b, "§", esc(w.article()));
        if (w.noticePeriod() != null) dt(b, Messages.t(lang, "period"), esc(period(lang, w.noticePeriod())));
        dt(b, Messages.t(lang, "rule"), esc(Messages.code(lang, w.rule().code())));
        if (w.conditions() != null) dt(b, "", esc(w.conditions()));
        dt(b, Messages.t(lang, "source"), Layout.sourceLink(w.sources().isEmpty() ? null : w.sources().get(0)));
        b.append("</dl>");
    }

    private void members(StringBuilder b, Lang lang, Answers a, Organization o) {
        int from = o.founded() == null ? 1945 : Math.max(1816, Math.min(o.founded(), app.today().year()));
        // Without the COW panel for this body, a count would show only the few curated states: misleading.
        if (a.snapshot().cowIgo(o.id()) == null) return;
        var counts = a.count(o, from, app.today().year());
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "category", "data", counts.stream().map(c -> String.valueOf(c.year())).toList()));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", List.of(Map.of("type", "line", "step", "end", "showSymbol", false, "color", "#0b5cad",
                "data", counts.stream().map(c -> c.members()).toList())));
        b.append("<h2>").append(esc(Messages.t(lang, "members.over.time"))).append("</h2><p class=\"note\">")
                .append(esc(Messages.t(lang, "members.note"))).append("</p><div class=\"chart\" role=\"img\" aria-label=\"")
                .append(esc(Messages.t(lang, "members.over.time"))).append("\" data-option=\"").append(esc(Json.compact(option)))
                .append("\"></div>");
    }

    /** The members map: drawn in the browser by /assets/members-map.js from /api/members, with a year slider. */
    private void map(StringBuilder b, Lang lang, Answers a, Organization o) {
        if (a.snapshot().cowIgo(o.id()) == null && a.snapshot().memberList(o.id()) == null) return;
        Map<String, String> words = new LinkedHashMap<>();
        for (String k : List.of("title", "member", "leaving", "none", "year", "counted", "empty")) words.put(k, Messages.t(lang, "map." + k));
        b.append("<h2>").append(esc(Messages.t(lang, "map.title"))).append("</h2><div class=\"members-map\" data-org=\"")
                .append(esc(o.id())).append("\" data-on=\"").append(app.today().date()).append("\" data-words=\"")
                .append(esc(Json.compact(words))).append("\"></div><p class=\"note\">").append(esc(Messages.t(lang, "map.geometry"))).append("</p>");
    }

    private static void otherStates(StringBuilder b, Lang lang, Answers a, Organization o, Set<String> sources) {
        List<TimelineEvent> others = a.timeline(null, o, null, null).stream()
                .filter(e -> !e.action().state().equals(FOCUS_STATE)).toList();
        b.append("<h2>").append(esc(Messages.t(lang, "other.states"))).append("</h2>");
        if (others.isEmpty()) {
            b.append("<p class=\"note\">").append(esc(Messages.t(lang, "none"))).append("</p>");
            return;
        }
        eventTable(b, lang, a, others, true, sources);
    }
}
