package org.comity.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.domain.Action;
import org.comity.domain.Alias;
import org.comity.domain.Coded;
import org.comity.domain.Episode;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.domain.WithdrawalRule;
import org.comity.query.Membership;
import org.comity.query.OrgListing;
import org.comity.query.StatusResult;
import org.comity.query.TimelineEvent;
import org.comity.snapshot.Snapshot;

/**
 * The public shape of every answer (contract.md), as ordered maps of plain values. The CLI and the web
 * API both render these, so the same question gets the same answer everywhere.
 */
public final class Views {

    private Views() {}

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
        m.put("actions", events.stream().map(Views::event).toList());
        m.put("sources", o.sources());
        return m;
    }

    /** A legal act and every action it takes, each with the acting state's status on {@code on}. */
    public static Map<String, Object> instrument(org.comity.query.Answers a, org.comity.domain.Instrument i, java.time.LocalDate on) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("actor", i.actor());
        m.put("kind", str(i.kind()));
        m.put("title", i.title());
        m.put("title_zh", i.titleZh());
        m.put("citation", i.citation());
        m.put("date", str(i.date()));
        m.put("sources", i.sources());
        m.put("status_on", str(on));
        State actor = a.snapshot().state(i.actor());
        List<Map<String, Object>> actions = new ArrayList<>();
        for (Action act : a.snapshot().actionsOf(i.id())) {
            var st = a.status(actor, a.snapshot().org(act.org()), on).answer();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("seq", act.seq());
            r.put("section", str(act.section()));
            r.put("org", act.org());
            r.put("action", str(act.type()));
            r.put("announced", str(act.announced()));
            r.put("notice", str(act.notice()));
            r.put("effective", str(st.effective()));
            r.put("rule", str(act.rule()));
            r.put("status", str(st.status()));
            r.put("note", act.note());
            r.put("source", first(act.sources()));
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

    public static Map<String, Object> status(StatusResult r) {
        var a = r.answer();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", r.state().iso3());
        m.put("org", r.org().id());
        m.put("name_en", r.org().nameEn());
        m.put("on", str(r.on()));
        m.put("status", str(a.status()));
        m.put("since", str(a.since()));
        m.put("effective", str(a.effective()));
        m.put("basis", a.basis().stream().map(Views::basis).toList());
        m.put("episode", a.episode() == null ? null : episode(a.episode()));
        m.put("withdrawal_rule", clause(r.clause()));
        m.put("record", r.record());
        if (r.other() != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("record", org.comity.cow.CowRecord.SOURCE_ID);
            o.put("status", str(r.other().status()));
            o.put("since", str(r.other().since()));
            o.put("episode", r.other().episode() == null ? null : episode(r.other().episode()));
            o.put("source", org.comity.cow.CowRecord.SOURCE);
            m.put("other", o);
        }
        return m;
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
        m.put("curated", c.curated());
        m.put("other", c.other());
        m.put("other_record", org.comity.cow.CowRecord.SOURCE_ID);
        m.put("sources", c.sources());
        return m;
    }

    public static Map<String, Object> yearCount(org.comity.query.YearCount c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", c.year());
        m.put("members", c.members());
        return m;
    }

    private static Map<String, Object> basis(Action a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instrument", a.instrument());
        m.put("action", str(a.type()));
        m.put("date", str(a.firstDate()));
        m.put("announced", str(a.announced()));
        m.put("notice", str(a.notice()));
        m.put("effective", str(a.effective()));
        m.put("rule", str(a.rule()));
        m.put("source", first(a.sources()));
        return m;
    }

    public static Map<String, Object> event(TimelineEvent e) {
        Action a = e.action();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", str(e.date()));
        m.put("state", a.state());
        m.put("org", a.org());
        m.put("action", str(a.type()));
        m.put("instrument", a.instrument());
        m.put("announced", str(a.announced()));
        m.put("notice", str(a.notice()));
        m.put("effective", str(e.effective()));
        m.put("rule", str(a.rule()));
        m.put("note", a.note());
        m.put("source", first(a.sources()));
        m.put("sources", a.sources());
        return m;
    }

    public static Map<String, Object> episode(Episode e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", str(e.role()));
        m.put("start", str(e.start()));
        m.put("start_precision", str(e.start().precision()));
        m.put("end", str(e.end()));
        m.put("end_reason", str(e.endReason()));
        m.put("source", first(e.sources()));
        return m;
    }

    public static Map<String, Object> member(Snapshot s, Episode e) {
        State st = s.state(e.state());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", e.state());
        m.put("name_en", st == null ? null : st.nameEn());
        m.put("name_zh", st == null ? null : st.nameZh());
        m.put("role", str(e.role()));
        m.put("start", str(e.start()));
        m.put("end", str(e.end()));
        m.put("source", first(e.sources()));
        return m;
    }

    public static Map<String, Object> membership(Membership ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("org", ms.org().id());
        m.put("name_en", ms.org().nameEn());
        m.put("role", ms.episode() == null ? null : str(ms.episode().role()));
        m.put("status", str(ms.status().status()));
        m.put("since", str(ms.status().since()));
        m.put("effective", str(ms.status().effective()));
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
