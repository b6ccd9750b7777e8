package org.comity.web;

import java.util.ArrayList;
import java.util.List;
import org.comity.domain.EffectiveRule;
import org.comity.query.TimelineEvent;
import org.comity.snapshot.Snapshot;
import org.comity.web.view.EventRow;
import org.comity.web.view.Words;

/** Recorded acts as the rows of an event table: names and titles in the page's language, never raw ids. */
final class Events {

    private Events() {}

    static List<EventRow> rows(Words w, Snapshot s, List<TimelineEvent> events) {
        List<EventRow> rows = new ArrayList<>(events.size());
        for (TimelineEvent e : events) {
            var act = e.action();
            var st = s.state(act.state());
            var o = s.org(act.org());
            var i = act.instrument() == null ? null : s.instrument(act.instrument());
            rows.add(new EventRow(String.valueOf(e.date()), act.state(), st == null ? act.state() : w.pick(st.nameEn(), st.nameZh()),
                    act.org(), o == null ? act.org() : w.pick(o.nameEn(), o.nameZh()), w.code(act.type().code()),
                    i == null ? null : i.id(), i == null ? act.instrument() : w.pick(i.title(), i.titleZh()),
                    act.notice() == null ? "" : act.notice().toString(), e.effective() == null ? "" : e.effective().toString(),
                    ruleWords(w, act.rule()), Layout.first(act.sources())));
        }
        return rows;
    }

    /** The rule in words; an act without legal effect (a review, a funding cut) shows a dash. */
    static String ruleWords(Words w, EffectiveRule rule) {
        if (rule == EffectiveRule.NONE) return "–";
        if (rule == EffectiveRule.UNKNOWN) return w.t("rule.per.clause");
        return w.code(rule.code());
    }

    /** P1Y as "1 year", P6M as "6 months", P90D as "90 days" (1年, 6个月, 90天 in Chinese). */
    static String period(Words w, java.time.Period p) {
        boolean zh = w.zh();
        if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) return zh ? p.getYears() + "年" : p.getYears() + (p.getYears() == 1 ? " year" : " years");
        if (p.getMonths() > 0 && p.getYears() == 0 && p.getDays() == 0) return zh ? p.getMonths() + "个月" : p.getMonths() + " months";
        if (p.getDays() > 0 && p.getYears() == 0 && p.getMonths() == 0) return zh ? p.getDays() + "天" : p.getDays() + " days";
        return p.toString();
    }
}
