package org.comity.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.comity.web.view.Chart;
import org.comity.web.view.EventRow;
import org.comity.web.view.Fact;
import org.comity.web.view.Link;
import org.comity.web.view.OrgView;
import org.comity.web.view.Words;

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
        Words w = lang.words();
        Answers a = app.answers();
        Organization o = Lookup.org(a.snapshot(), ctx.pathParam("id"));
        if (!o.id().equals(ctx.pathParam("id"))) {
            ctx.redirect("/orgs/" + o.id()); // one stable URL per organization
            return;
        }
        Set<String> sources = new LinkedHashSet<>(o.sources());
        var usa = a.snapshot().state(FOCUS_STATE);
        StatusResult now = a.status(usa, o, app.today().date());
        WithdrawalRule rule = a.snapshot().withdrawalRule(o.id());
        List<TimelineEvent> usEvents = a.timeline(usa, o, null, null);
        List<TimelineEvent> others = a.timeline(null, o, null, null).stream().filter(e -> !e.action().state().equals(FOCUS_STATE)).toList();
        for (TimelineEvent e : usEvents) if (!e.action().sources().isEmpty()) sources.add(e.action().sources().get(0));
        if (rule != null) sources.addAll(rule.sources());
        for (TimelineEvent e : others) if (!e.action().sources().isEmpty()) sources.add(e.action().sources().get(0));
        List<OrgView.Source> sourceRows = new ArrayList<>();
        for (String url : sources) {
            var s = a.snapshot().source(url);
            sourceRows.add(new OrgView.Source(url, s == null ? url : s.title(), s == null ? null : s.publisher(),
                    s == null || s.seen() == null ? null : s.seen().toString()));
        }
        String name = w.pick(o.nameEn(), o.nameZh());
        String other = w.zh() ? o.nameEn() : o.nameZh();
        var answer = now.answer();
        OrgView view = new OrgView(
                Layout.frame(ctx, lang, name, description(w, o, usa, answer.status().code()), List.of(new Link("/orgs", w.t("index.orgs"))),
                        "/api/orgs/" + o.id(), "/download/events.csv?org=" + o.id()),
                o.id(), name, o.acronym(), other == null || other.equals(name) ? null : other, facts(w, a, o),
                w.pick(usa.nameEn(), usa.nameZh()), answer.status().code(), answer.since() == null ? null : answer.since().toString(),
                answer.effective() == null ? null : answer.effective().toString(), why(w, now, rule),
                Events.rows(w, a.snapshot(), usEvents), clause(w, rule), members(w, a, o), map(w, a, o), funding(w, a, o),
                Events.rows(w, a.snapshot(), others), sourceRows);
        Layout.render(ctx, "org.jte", view);
    }

    /** For link previews: the body's name and the US status today in one line. */
    private static String description(Words w, Organization o, org.comity.domain.State usa, String status) {
        return w.pick(o.nameEn(), o.nameZh()) + (o.acronym() == null ? "" : " (" + o.acronym() + ")") + " · "
                + w.pick(usa.nameEn(), usa.nameZh()) + ": " + w.code(status);
    }

    private static List<Fact> facts(Words w, Answers a, Organization o) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(w.t("name.en"), List.of(new Fact.Value(o.nameEn(), null, w.zh() ? "en" : null))));
        if (o.nameZh() != null) facts.add(new Fact(w.t("name.zh"), List.of(new Fact.Value(o.nameZh(), null, w.zh() ? null : "zh"))));
        List<Fact.Value> aliases = new ArrayList<>();
        for (Alias al : a.snapshot().aliases(o.id())) aliases.add(new Fact.Value(al.alias(), null, al.lang()));
        if (!aliases.isEmpty()) facts.add(new Fact(w.t("aliases"), aliases));
        facts.add(Fact.of(w.t("kind"), w.code(o.kind().code())));
        if (o.parent() != null) {
            Organization p = a.snapshot().org(o.parent());
            facts.add(Fact.link(w.t("parent"), w.pick(p.nameEn(), p.nameZh()), "/orgs/" + p.id()));
        }
        if (o.parentNote() != null) facts.add(text(w, w.t("parent.note"), o.parentNote(), o.parentNoteZh()));
        facts.add(Fact.of(w.t("joined.by"), w.code(o.joinedBy().code())));
        if (o.unSystem() != null) facts.add(Fact.of(w.t("un.system"), w.code(o.unSystem().code())));
        if (o.category() != null) facts.add(Fact.of(w.t("category"), w.code(o.category().code())));
        if (o.founded() != null) facts.add(Fact.of(w.t("founded"), String.valueOf(o.founded())));
        if (o.headquarters() != null) facts.add(text(w, w.t("headquarters"), o.headquarters(), o.headquartersZh()));
        if (o.website() != null) facts.add(Fact.link(w.t("website"), Link.host(o.website()), o.website()));
        return facts;
    }

    /** A text of ours in the page's language; the English, marked as English, where the Chinese is not written yet. */
    private static Fact text(Words w, String term, String en, String zh) {
        if (w.zh() && zh != null && !zh.isBlank()) return Fact.of(term, zh);
        return new Fact(term, List.of(new Fact.Value(en, null, w.zh() ? "en" : null)));
    }

    /** Why the exit is where it is: the clause that sets its date, in one sentence. */
    private static String why(Words w, StatusResult r, WithdrawalRule rule) {
        if (rule == null) return null;
        String article = w.zh() && rule.treatyZh() != null
                ? rule.treatyZh() + (rule.articleZh() == null ? "" : rule.articleZh()) // 《公约》第25条: the act, then its article
                : (rule.article() == null ? "" : rule.article() + ", ") + (rule.treaty() == null ? "" : rule.treaty());
        switch (r.answer().status()) {
            case ANNOUNCED:
                return w.f("why.announced", article, w.code(rule.rule().code()));
            case WITHDRAWING:
                String notice = r.answer().basis().stream().filter(x -> x.notice() != null).map(x -> x.notice().toString())
                        .reduce((x, y) -> y).orElse("?");
                return w.f("why.withdrawing", notice, article, r.answer().effective());
            default:
                return null;
        }
    }

    private static List<Fact> clause(Words w, WithdrawalRule rule) {
        if (rule == null) return null;
        List<Fact> facts = new ArrayList<>();
        if (rule.treaty() != null) facts.add(text(w, w.t("instrument"), rule.treaty(), rule.treatyZh()));
        if (rule.article() != null) facts.add(text(w, w.t("article"), rule.article(), rule.articleZh()));
        if (rule.noticePeriod() != null) facts.add(Fact.of(w.t("period"), Events.period(w, rule.noticePeriod())));
        facts.add(Fact.of(w.t("rule"), w.code(rule.rule().code())));
        if (rule.conditions() != null) facts.add(text(w, w.t("conditions"), rule.conditions(), rule.conditionsZh()));
        String src = Layout.first(rule.sources());
        if (src != null) facts.add(Fact.link(w.t("source"), Link.host(src), src));
        return facts;
    }

    /** Without the COW panel for this body, a count would show only the few curated states: misleading, so none. */
    private Chart members(Words w, Answers a, Organization o) {
        if (a.snapshot().cowIgo(o.id()) == null) return null;
        int from = o.founded() == null ? 1945 : Math.max(1816, Math.min(o.founded(), app.today().year()));
        var counts = a.count(o, from, app.today().year());
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "category", "name", w.t("axis.year"), "nameLocation", "middle", "nameGap", 28,
                "data", counts.stream().map(c -> String.valueOf(c.year())).toList()));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1, "name", w.t("axis.members")));
        option.put("series", List.of(Map.of("type", "line", "step", "end", "showSymbol", false, "color", "#0b5cad",
                "data", counts.stream().map(c -> c.members()).toList())));
        return new Chart(w.t("members.over.time"), Json.compact(option));
    }

    /** A map wherever a member list or the COW history says who belongs. */
    private OrgView.MembersMap map(Words w, Answers a, Organization o) {
        if (a.snapshot().cowIgo(o.id()) == null && a.snapshot().memberList(o.id()) == null) return null;
        Map<String, String> words = new LinkedHashMap<>();
        for (String k : List.of("title", "member", "leaving", "none", "year", "counted", "empty")) words.put(k, w.t("map." + k));
        return new OrgView.MembersMap(o.id(), app.today().date().toString(), Json.compact(words));
    }

    private OrgView.Funding funding(Words w, Answers a, Organization o) {
        var d = funding.get();
        var revenue = org.comity.funding.FundingQueries.revenueByYear(d, o.id());
        if (revenue.isEmpty()) return new OrgView.Funding(FOCUS_STATE, null, List.of());
        return FundingSection.organization(w, a.snapshot(), d, o, FOCUS_STATE, revenue);
    }
}
