package org.comity.web;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.Duration;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.comity.App;
import org.comity.api.DateShapes;
import org.comity.query.Answers;
import org.comity.query.ComingDate;
import org.comity.query.ComingDates;
import org.comity.query.Lookup;
import org.comity.snapshot.Snapshot;

/**
 * The coming effective dates as of today: an iCalendar feed (GET /feeds/dates.ics, RFC 5545, one all-day event a
 * date, with a uid that stays the same from one day to the next so calendars update it) and the same list as
 * JSON (GET /api/dates); both take ?org= and ?state=.
 */
final class DateFeedRoutes {

    private final App app;

    DateFeedRoutes(App app) {
        this.app = app;
    }

    void register(RoutesConfig r) {
        r.get("/api/dates", ctx -> {
            Answers a = app.answers();
            ApiRoutes.json(ctx, dates(ctx, a).stream().map(c -> DateShapes.comingDate(a.snapshot(), c)).toList());
        });
        r.get("/feeds/dates.ics", this::calendar);
    }

    private List<ComingDate> dates(Context ctx, Answers a) {
        Snapshot s = a.snapshot();
        String org = ctx.queryParam("org");
        String state = ctx.queryParam("state");
        return ComingDates.of(a, state == null || state.isBlank() ? null : Lookup.state(s, state),
                org == null || org.isBlank() ? null : Lookup.org(s, org), app.today().date());
    }

    private void calendar(Context ctx) {
        Answers a = app.answers();
        Snapshot s = a.snapshot();
        String base = ctx.scheme() + "://" + ctx.host();
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Comity//coming effective dates//EN");
        ical.setName("Comity: coming effective dates");
        // The feed is made as of the one clock's day; it changes only when the record or the day does.
        Date stamp = Date.from(app.today().date().atStartOfDay(ZoneOffset.UTC).toInstant());
        for (ComingDate c : dates(ctx, a)) {
            VEvent e = new VEvent();
            e.setUid(c.act().instrument() + "-" + c.act().seq() + "-" + c.event() + "@comity");
            e.setDateTimeStamp(stamp);
            e.setDateStart(date(c.date()), false);
            e.setDuration(Duration.builder().days(1).build());
            e.setSummary(DateShapes.summary(s, c));
            e.setDescription(description(c));
            e.setUrl(base + "/orgs/" + c.act().org());
            e.addCategories(c.event());
            ical.addEvent(e);
        }
        ctx.contentType("text/calendar; charset=utf-8").result(Biweekly.write(ical).go());
    }

    private static String description(ComingDate c) {
        StringBuilder b = new StringBuilder();
        b.append(c.event().equals(ComingDate.RETURN) ? "First day back: " : "First day out: ").append(c.date());
        if (c.lastDay() != null) b.append("; last day as a member: ").append(c.lastDay());
        if (c.notice() != null) b.append("; notice received ").append(c.notice());
        b.append("; rule: ").append(c.rule().code()).append(c.computed() ? " (computed)" : " (recorded)");
        b.append("; act: ").append(c.act().instrument());
        if (!c.act().flags().isEmpty()) b.append("; flags: ").append(String.join(", ", c.act().flags().stream().map(f -> f.code()).toList()));
        if (!c.act().sources().isEmpty()) b.append("; source: ").append(c.act().sources().get(0));
        return b.toString();
    }

    private static Date date(LocalDate d) {
        // A DATE value is written in the JVM's zone: the day must start there, or it would shift by one.
        return Date.from(d.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    }
}
