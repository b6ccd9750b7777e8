package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.support.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The calendar of coming effective dates, read back with a real iCalendar parser, and its JSON twin. */
class DateFeedTest {

    @RegisterExtension
    static final RunningServer site = new RunningServer();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalDate day(VEvent e) {
        return e.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static ICalendar calendar(String query) throws Exception {
        HttpResponse<String> r = site.get("/feeds/dates.ics" + query);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        List<ICalendar> parsed = Biweekly.parse(r.body()).all();
        assertThat(parsed).hasSize(1);
        // RFC 5545 wants one component at least: a feed with no coming date is checked for what it has.
        var problems = parsed.get(0).validate(biweekly.ICalVersion.V2_0);
        if (!parsed.get(0).getEvents().isEmpty()) assertThat(problems.isEmpty()).as(problems.toString()).isTrue();
        return parsed.get(0);
    }

    @Test
    void unescoExitIsAnAllDayEventOnTheFirstDayOutWithTheLastDaySaid() throws Exception {
        ICalendar ical = calendar("");
        List<VEvent> unesco = ical.getEvents().stream().filter(e -> e.getUrl().getValue().endsWith("/orgs/unesco")
                && e.getUid().getValue().startsWith("us-")).toList();
        assertThat(unesco).hasSize(1);
        VEvent e = unesco.get(0);
        assertThat(e.getDateStart().getValue().hasTime()).isFalse();
        assertThat(day(e)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(e.getSummary().getValue()).isEqualTo("United States of America leaves UNESCO (last day as a member: 2026-12-31)");
        assertThat(e.getUid().getValue()).isEqualTo("us-unesco-notice-2025-07-22-1-exit@comity");
        assertThat(e.getDescription().getValue()).contains("notice received 2025-07-22").contains("end-of-following-year");
    }

    @Test
    void everyEventIsStillToComeAndEveryRecordedComingExitIsThere() throws Exception {
        LocalDate today = site.app().today().date();
        ICalendar ical = calendar("");
        assertThat(ical.getEvents()).isNotEmpty().allMatch(e -> !day(e).isBefore(today));
        // Past exits are not in it: WHO (2026-01-22), Hungary from the ICC (2026-06-02).
        assertThat(ical.getEvents()).noneMatch(e -> e.getUrl().getValue().endsWith("/orgs/who"));
        assertThat(ical.getEvents()).noneMatch(e -> e.getUid().getValue().startsWith("hun-icc-2025"));
        // Every withdrawal the record dates on or after today, with nothing after it that closes it, is an event on that day.
        var s = site.app().answers().snapshot();
        for (Action a : s.dataset().actions()) {
            if (a.type() != ActionType.WITHDRAW || a.effective() == null || a.effective().date().isBefore(today)) continue;
            boolean closed = s.actions(a.state(), a.org()).stream().anyMatch(b -> (b.type() == ActionType.RETRACT || b.type() == ActionType.REJOIN)
                    && b.firstDate().compareTo(a.firstDate()) > 0 && b.firstDate().date().isBefore(a.effective().date()));
            if (closed) continue;
            String uid = a.instrument() + "-" + a.seq() + "-exit@comity";
            assertThat(ical.getEvents()).as(uid).anyMatch(e -> e.getUid().getValue().equals(uid) && day(e).equals(a.effective().date()));
        }
    }

    @Test
    void perOrganizationAndPerStateFeedsHoldOnlyTheirDates() throws Exception {
        assertThat(calendar("?org=UNESCO").getEvents()).extracting(e -> e.getUrl().getValue())
                .isNotEmpty().allMatch(u -> u.endsWith("/orgs/unesco"));
        List<VEvent> usa = calendar("?state=USA").getEvents();
        assertThat(usa).isNotEmpty().allMatch(e -> e.getSummary().getValue().startsWith("United States of America "));
        assertThat(calendar("?state=USA&org=who").getEvents()).isEmpty();
        assertThat(site.get("/feeds/dates.ics?org=no-such-body").statusCode()).isEqualTo(404);
    }

    @Test
    void jsonListHasTheSameDatesAsTheCalendar() throws Exception {
        JsonNode dates = JSON.readTree(site.get("/api/dates").body());
        ICalendar ical = calendar("");
        assertThat(dates.size()).isEqualTo(ical.getEvents().size());
        List<String> fromJson = new ArrayList<>();
        for (JsonNode d : dates) fromJson.add(d.get("org").asText() + " " + d.get("date").asText());
        assertThat(ical.getEvents()).extracting(e -> e.getUrl().getValue().replaceAll(".*/orgs/", "") + " " + day(e))
                .containsExactlyElementsOf(fromJson);
        JsonNode unesco = null;
        for (JsonNode d : dates) if (d.get("org").asText().equals("unesco") && d.get("state").asText().equals("USA")) unesco = d;
        assertThat(unesco).isNotNull();
        assertThat(unesco.get("date").asText()).isEqualTo("2027-01-01");
        assertThat(unesco.get("last_day").asText()).isEqualTo("2026-12-31");
        assertThat(unesco.get("state").asText()).isEqualTo("USA");
        assertThat(unesco.get("rule").asText()).isEqualTo("end-of-following-year");
        assertThat(unesco.get("computed").asBoolean()).isFalse();
        assertThat(JSON.readTree(site.get("/api/dates?org=no-such-body").body()).get("error").asText()).contains("no-such-body");
        String csv = site.get("/api/dates?state=USA&org=unesco&format=csv").body();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("date,last_day,event,state,state_name,org,");
        assertThat(csv).contains("2027-01-01,2026-12-31,exit,USA,");
    }

    @Test
    void pagesLinkTheCalendarTheyConcern() throws Exception {
        assertThat(site.get("/orgs/unesco").body()).contains("<link rel=\"alternate\" type=\"text/calendar\" title=\"Coming effective dates\" href=\"/feeds/dates.ics?org=unesco\">");
        assertThat(site.get("/states/USA").body()).contains("href=\"/feeds/dates.ics?state=USA\"");
        assertThat(site.get("/").body()).contains("href=\"/feeds/dates.ics\"");
        // The Atom feed of published changes beside it, in the head of every page (the outside contract).
        assertThat(site.get("/zh/orgs/unesco").body()).contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
                .contains("href=\"/feeds/changes.atom?org=unesco\"");
        assertThat(site.get("/").body()).contains("href=\"/feeds/changes.atom\"");
    }
}
