package org.comity.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.query.ComingDate;
import org.comity.snapshot.Snapshot;

/** The JSON shape of a coming effective date (GET /api/dates), shared with the iCalendar feed's wording. */
public final class DateShapes {

    private DateShapes() {}

    public static Map<String, Object> comingDate(Snapshot s, ComingDate c) {
        Organization o = s.org(c.act().org());
        State st = s.state(c.act().state());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", c.date().toString());
        m.put("last_day", c.lastDay() == null ? null : c.lastDay().toString());
        m.put("event", c.event());
        m.put("state", c.act().state());
        m.put("state_name", st == null ? null : st.nameEn());
        m.put("org", c.act().org());
        m.put("name_en", o == null ? null : o.nameEn());
        m.put("action", c.act().type().code());
        m.put("instrument", c.act().instrument());
        m.put("notice", c.notice() == null ? null : c.notice().toString());
        m.put("rule", c.rule().code());
        m.put("computed", c.computed());
        m.put("flags", c.act().flags().stream().map(f -> f.code()).toList());
        m.put("source", c.act().sources().isEmpty() ? null : c.act().sources().get(0));
        return m;
    }

    /** "United States of America leaves UNESCO (last day as a member: 2026-12-31)" — the calendar event's title. */
    public static String summary(Snapshot s, ComingDate c) {
        Organization o = s.org(c.act().org());
        State st = s.state(c.act().state());
        String who = st == null ? c.act().state() : st.nameEn();
        String body = o == null ? c.act().org() : o.acronym() != null && !o.acronym().isBlank() ? o.acronym() : o.nameEn();
        String what = ComingDate.RETURN.equals(c.event()) ? who + " returns to " + body : who + " leaves " + body;
        return c.lastDay() == null ? what : what + " (last day as a member: " + c.lastDay() + ")";
    }
}
