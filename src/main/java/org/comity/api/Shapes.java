package org.comity.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.domain.Action;
import org.comity.domain.Alias;
import org.comity.domain.Coded;
import org.comity.domain.Episode;
import org.comity.domain.MemberList;
import org.comity.domain.RecordCheck;
import org.comity.domain.Source;
import org.comity.domain.rules.Exit;
import org.comity.domain.rules.Part;
import org.comity.query.Member;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.domain.WithdrawalRule;
import org.comity.query.Membership;
import org.comity.query.OrgListing;
import org.comity.query.StatusResult;
import org.comity.query.TimelineEvent;
import org.comity.snapshot.Snapshot;

/**
 * The public shape of every answer (docs/contract.md), as ordered maps of plain values. The CLI and the web
 * API both render these, so the same question gets the same answer everywhere.
 */
public final class Shapes {

    private Shapes() {}

    public static Map<String, Object> orgRow(OrgListing l) {
        Organization o = l.org();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("name_en", o.nameEn());
        m.put("name_zh", o.nameZh());
        m.put("acronym", o.acronym());
        m.put("section", l.action() == null ? null : str(l.action().section()));
        m.put("category", str(o.category()));
        m.put("kind", str(o.kind()));
        m.put("parent", o.parent());
        m.put("joined_by", str(o.joinedBy()));
        m.put("un_system", str(o.unSystem()));
        if (l.action() != null) {
            m.put("seq", l.action().seq());
            m.put("action", str(l.action().type()));
        }
        m.put("sources", o.sources());
        return m;
    }

    public static Map<String, Object> org(Snapshot s, Organization o, List<TimelineEvent> events) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("name_en", o.nameEn());
        m.put("name_zh", o.nameZh());
        m.put("acronym", o.acronym());
        m.put("kind", str(o.kind()));
        m.put("joined_by", str(o.joinedBy()));
        m.put("un_system", str(o.unSystem()));
        m.put("parent", o.parent());
        m.put("parent_note", o.parentNote());
        m.put("category", str(o.category()));
        m.put("founded", o.founded());
        m.put("headquarters", o.headquarters());
        m.put("website", o.website());
        m.put("wikidata", o.wikidata());
        List<Map<String, Object>> aliases = new ArrayList<>();
        for (Alias a : s.aliases(o.id())) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("lang", a.lang());
            am.put("alias", a.alias());
            am.put("type", str(a.type()));
            aliases.add(am);
        }
        m.put("aliases", aliases);
        m.put("withdrawal_rule", clause(s.withdrawalRule(o.id())));
        m.put("actions", events.stream().map(e -> event(s, e)).toList());
        MemberList list = s.memberList(o.id());
        m.put("member_list", list == null ? null : list(s, list));
        RecordCheck check = s.check(o.id());
        m.put("record_checked", check != null ? str(check.checked()) : list != null ? str(list.checked()) : null);
        m.put("check", check == null ? null : check(s, check));
        m.put("sources", sources(s, o.sources()));
        return m;
    }

    /**
     * A legal act and every action it takes: each action with its own dates (the day that act takes effect,
     * never that of a later act) and the acting state's status on {@code on}.
     */
    public static Map<String, Object> instrument(org.comity.query.Answers a, org.comity.domain.Instrument i, java.time.LocalDate on) {
        Snapshot s = a.snapshot();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("actor", i.actor());
        m.put("kind", str(i.kind()));
        m.put("title", i.title());
        m.put("title_zh", i.titleZh());
        m.put("citation", i.citation());
        m.put("date", str(i.date()));
        m.put("sources", sources(s, i.sources()));
        m.put("status_on", str(on));
        State actor = s.state(i.actor());
        List<Map<String, Object>> actions = new ArrayList<>();
        for (Action act : s.actionsOf(i.id())) {
            var st = a.status(actor, s.org(act.org()), on).answer();
            Exit exit = a.exitOf(act);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("seq", act.seq());
            r.put("section", str(act.section()));
            r.put("org", act.org());
            r.put("action", str(act.type()));
            r.put("announced", str(act.announced()));
            r.put("notice", str(act.notice()));
            r.put("effective", str(a.ownEffective(act)));
            r.put("last_day", exit == null ? null : str(exit.lastDay()));
            r.put("closed_by", exit == null || exit.closedBy() == null ? null : exit.closedBy().instrument());
            r.put("rule", str(act.rule()));
            r.put("flags", act.flags().stream().map(Shapes::str).toList());
            r.put("status", str(st.status()));
            r.put("note", act.note());
            putSource(r, s, act.sources());
            actions.add(r);
        }
        m.put("actions", actions);
        return m;
    }

    public static Map<String, Object> clause(WithdrawalRule w) {
        if (w == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treaty", w.treaty());
        m.put("article", w.article());
        m.put("notice_period", str(w.noticePeriod()));
        m.put("rule", str(w.rule()));
        m.put("conditions", w.conditions());
        m.put("sources", w.sources());
        return m;
    }

    /**
     * The status answer: the one-word summary, its three parts (legal standing, participation, funding)
     * each with its basis, the flags, and which record answered and when it was last checked.
     */
    public static Map<String, Object> status(org.comity.query.Answers answers, StatusResult r) {
        Snapshot s = answers.snapshot();
        var a = r.answer();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", r.state().iso3());
        m.put("org", r.org().id());
        m.put("name_en", r.org().nameEn());
        m.put("name_zh", r.org().nameZh());
        m.put("on", str(r.on()));
        m.put("status", str(a.status()));
        m.put("since", since(a, a.since()));
        m.put("effective", str(a.effective()));
        m.put("last_day", str(a.lastDay()));
        m.put("legal", a.legal() == null ? null : str(a.legal().value()));
        m.put("participation", a.participation() == null ? null : str(a.participation().value()));
        m.put("funding", a.funding() == null ? null : str(a.funding().value()));
        m.put("flags", a.flags().stream().map(Shapes::str).toList());
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("legal", part(answers, a, a.legal()));
        parts.put("participation", part(answers, a, a.participation()));
        parts.put("funding", part(answers, a, a.funding()));
        m.put("parts", parts);
        m.put("record", r.record());
        m.put("record_checked", r.check() != null ? str(r.check().checked()) : r.list() != null ? str(r.list().checked()) : null);
        m.put("basis", a.basis().stream().map(act -> basis(answers, act)).toList());
        m.put("episode", a.episode() == null ? null : episode(s, a.episode()));
        m.put("list", r.list() == null ? null : list(s, r.list()));
        m.put("check", r.check() == null ? null : check(s, r.check()));
        m.put("withdrawal_rule", clause(r.clause()));
        if (r.other() != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("record", r.otherRecord());
            o.put("status", str(r.other().status()));
            o.put("since", since(r.other(), r.other().since()));
            o.put("episode", r.other().episode() == null ? null : episode(s, r.other().episode()));
            o.put("source", r.other().episode() == null ? org.comity.cow.CowRecord.SOURCE : first(r.other().episode().sources()));
            m.put("other", o);
        }
        return m;
    }

    /**
     * A day an answer began, written with the precision the record knows it: when it is the start of the
     * covering episode, that start as the list has it ("1965", "by 2024-07-05"), never an invented day.
     */
    private static String since(org.comity.domain.rules.StatusAnswer a, java.time.LocalDate day) {
        if (day == null) return null;
        Episode e = a.episode();
        if (e != null && e.start().date().equals(day)) return str(e.start());
        return str(day);
    }

    private static Map<String, Object> part(org.comity.query.Answers answers, org.comity.domain.rules.StatusAnswer a, Part<?> p) {
        if (p == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", str(p.value()));
        m.put("since", since(a, p.since()));
        m.put("basis", p.basis().stream().map(act -> basis(answers, act)).toList());
        return m;
    }

    public static Map<String, Object> list(Snapshot s, MemberList l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("org", l.org());
        m.put("follows", l.follows());
        m.put("complete_from", str(l.completeFrom()));
        m.put("counted", l.countedRoles().stream().map(Shapes::str).toList());
        m.put("checked", str(l.checked()));
        m.put("note", l.note());
        m.put("sources", sources(s, l.sources()));
        return m;
    }

    public static Map<String, Object> check(Snapshot s, RecordCheck c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checked", str(c.checked()));
        m.put("scope", c.scope());
        m.put("finding", c.finding());
        m.put("sources", sources(s, c.sources()));
        return m;
    }

    /** Each URL with its kind (primary, secondary, reference) and publisher, strongest first as the record lists them. */
    public static List<Map<String, Object>> sources(Snapshot s, List<String> urls) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String u : urls) {
            Source src = s.source(u);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", u);
            m.put("kind", src == null ? null : str(src.kind()));
            m.put("publisher", src == null ? null : src.publisher());
            m.put("title", src == null ? null : src.title());
            m.put("seen", src == null ? null : str(src.seen()));
            out.add(m);
        }
        return out;
    }

    /** The first source's URL under {@code source}, its kind and publisher beside it. */
    private static void putSource(Map<String, Object> m, Snapshot s, List<String> urls) {
        String u = first(urls);
        Source src = u == null ? null : s.source(u);
        m.put("source", u);
        m.put("source_kind", src == null ? null : str(src.kind()));
        m.put("source_publisher", src == null ? null : src.publisher());
    }

    public static Map<String, Object> change(org.comity.query.Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("org", c.org().id());
        m.put("name_en", c.org().nameEn());
        m.put("change", c.change());
        m.put("date", str(c.date()));
        m.put("source", c.source());
        return m;
    }

    public static Map<String, Object> conflict(org.comity.query.Conflict c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", c.state());
        m.put("org", c.org().id());
        m.put("name_en", c.org().nameEn());
        m.put("period", c.fromYear() == c.toYear() ? String.valueOf(c.fromYear()) : c.fromYear() + "-" + c.toYear());
        m.put("record", c.record());
        m.put("curated", c.curated());
        m.put("other_record", c.otherRecord());
        m.put("other", c.other());
        m.put("sources", c.sources());
        return m;
    }

    public static Map<String, Object> yearCount(org.comity.query.YearCount c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", c.year());
        m.put("members", c.members());
        m.put("record", c.record());
        return m;
    }

    private static Map<String, Object> basis(org.comity.query.Answers answers, Action a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instrument", a.instrument());
        m.put("action", str(a.type()));
        m.put("date", str(a.firstDate()));
        m.put("announced", str(a.announced()));
        m.put("notice", str(a.notice()));
        m.put("effective", str(answers.ownEffective(a)));
        m.put("rule", str(a.rule()));
        m.put("flags", a.flags().stream().map(Shapes::str).toList());
        putSource(m, answers.snapshot(), a.sources());
        return m;
    }

    public static Map<String, Object> event(Snapshot s, TimelineEvent e) {
        Action a = e.action();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", str(e.date()));
        m.put("event", e.event());
        m.put("state", a.state());
        m.put("org", a.org());
        m.put("action", str(a.type()));
        m.put("instrument", a.instrument());
        m.put("announced", str(a.announced()));
        m.put("notice", str(a.notice()));
        m.put("effective", str(e.effective()));
        m.put("rule", str(a.rule()));
        m.put("flags", a.flags().stream().map(Shapes::str).toList());
        m.put("note", a.note());
        putSource(m, s, a.sources());
        m.put("sources", a.sources());
        return m;
    }

    public static Map<String, Object> episode(Snapshot s, Episode e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", str(e.role()));
        m.put("start", str(e.start()));
        m.put("start_precision", str(e.start().precision()));
        m.put("end", str(e.end()));
        m.put("end_reason", str(e.endReason()));
        m.put("deposited", str(e.deposited()));
        m.put("means", str(e.means()));
        m.put("note", e.note());
        putSource(m, s, e.sources());
        return m;
    }

    /** One member of a body on a day (contract: state, role, source), with its status and record. */
    public static Map<String, Object> member(Snapshot s, Member mb) {
        Episode e = mb.episode();
        State st = mb.state();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", st.iso3());
        m.put("name_en", st.nameEn());
        m.put("name_zh", st.nameZh());
        m.put("kind", str(st.kind()));
        m.put("role", str(e.role()));
        m.put("start", str(e.start()));
        m.put("end", str(e.end()));
        m.put("deposited", str(e.deposited()));
        m.put("means", str(e.means()));
        m.put("status", str(mb.status().status()));
        m.put("effective", str(mb.status().effective()));
        m.put("record", mb.record());
        putSource(m, s, e.sources());
        return m;
    }

    public static Map<String, Object> membership(Snapshot s, Membership ms) {
        var a = ms.status();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("org", ms.org().id());
        m.put("name_en", ms.org().nameEn());
        m.put("name_zh", ms.org().nameZh());
        m.put("role", ms.episode() == null ? null : str(ms.episode().role()));
        m.put("status", str(a.status()));
        m.put("since", since(a, a.since()));
        m.put("effective", str(a.effective()));
        m.put("legal", a.legal() == null ? null : str(a.legal().value()));
        m.put("participation", a.participation() == null ? null : str(a.participation().value()));
        m.put("funding", a.funding() == null ? null : str(a.funding().value()));
        m.put("record", ms.record());
        putSource(m, s, ms.episode() == null ? List.of() : ms.episode().sources());
        return m;
    }

    /** Codes for enums, ISO text for dates and periods, null stays null. */
    static String str(Object v) {
        if (v == null) return null;
        if (v instanceof Coded c) return c.code();
        return v.toString();
    }

    private static String first(List<String> sources) {
        return sources.isEmpty() ? null : sources.get(0);
    }
}
