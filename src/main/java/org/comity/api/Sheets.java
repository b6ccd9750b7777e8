package org.comity.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.claims.ClaimAnswer;
import org.comity.domain.Category;
import org.comity.domain.Instrument;
import org.comity.domain.OrgKind;
import org.comity.domain.Organization;
import org.comity.domain.Section;
import org.comity.domain.State;
import org.comity.domain.rules.Status;
import org.comity.query.Answers;
import org.comity.query.NotFoundException;
import org.comity.query.OrgFilter;
import org.comity.query.OrgListing;
import org.comity.search.SearchIndex;

/**
 * The downloads of the pages: each the table the page shows, with the columns it shows (status,
 * effective date, source) and the ids and both names beside them, one fact a row, the page's filters
 * applied. The values are those of {@link Shapes} (the JSON answers), picked and flattened, so a download
 * and the API never disagree. File names say what and which day: {@code comity-events-who-2026-12-01}.
 */
public final class Sheets {

    private Sheets() {}

    private static String name(String what, String subject, LocalDate day) {
        return "comity-" + what + (subject == null ? "" : "-" + subject) + "-" + day;
    }

    /** The home page's table: the organizations an act names, with its actor's status in each on {@code on}. */
    public static Sheet orgs(Answers a, String instrument, Section section, Category category, OrgKind kind, Status status, LocalDate on) {
        var s = a.snapshot();
        Instrument i = s.instrument(instrument);
        if (i == null) throw new NotFoundException("no instrument '" + instrument + "'");
        State actor = s.state(i.actor());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OrgListing l : a.orgs(new OrgFilter(instrument, section, category, kind))) {
            var answer = a.status(actor, l.org(), on);
            if (status != null && answer.answer().status() != status) continue;
            Map<String, Object> st = Shapes.status(a, answer);
            Map<String, Object> r = new LinkedHashMap<>(Shapes.orgRow(l));
            r.put("state", actor.iso3());
            r.put("on", on.toString());
            for (String k : List.of("status", "since", "effective", "last_day")) r.put(k, st.get(k));
            List<String> src = l.action() != null && !l.action().sources().isEmpty() ? l.action().sources() : l.org().sources();
            r.put("source", src.isEmpty() ? null : src.get(0));
            rows.add(r);
        }
        return Sheet.of(name("orgs", instrument, on), List.of("seq", "id", "name_en", "name_zh", "acronym", "section", "category", "kind",
                "action", "state", "on", "status", "since", "effective", "last_day", "source"), rows);
    }

    /** Exits and returns (the org page's and the state page's tables): one row per dated event, the state and the organization named. */
    public static Sheet events(Answers a, State state, Organization org, LocalDate day) {
        var s = a.snapshot();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var e : a.timeline(state, org, null, null)) {
            Map<String, Object> r = new LinkedHashMap<>(Shapes.event(s, e));
            State st = s.state(e.action().state());
            Organization o = s.org(e.action().org());
            r.put("state_name_en", st == null ? null : st.nameEn());
            r.put("state_name_zh", st == null ? null : st.nameZh());
            r.put("org_name_en", o == null ? null : o.nameEn());
            r.put("org_name_zh", o == null ? null : o.nameZh());
            rows.add(r);
        }
        String subject = org != null ? org.id() : state != null ? state.iso3() : null;
        if (org != null && state != null) subject = state.iso3() + "-" + org.id();
        return Sheet.of(name("events", subject, day), List.of("date", "event", "state", "state_name_en", "state_name_zh", "org", "org_name_en",
                "org_name_zh", "action", "instrument", "announced", "notice", "effective", "rule", "flags", "note", "source", "source_kind",
                "source_publisher"), rows);
    }

    /** The state page's table: every organization the state belongs to on {@code on}. */
    public static Sheet memberships(Answers a, State state, LocalDate on) {
        List<Map<String, Object>> rows = a.memberships(state, on).stream().map(m -> {
            Map<String, Object> r = new LinkedHashMap<>(Shapes.membership(a.snapshot(), m));
            r.put("state", state.iso3());
            r.put("on", on.toString());
            return r;
        }).toList();
        return Sheet.of(name("memberships", state.iso3(), on), List.of("state", "on", "org", "name_en", "name_zh", "role", "status", "since",
                "effective", "legal", "participation", "funding", "record", "source", "source_kind", "source_publisher"), rows);
    }

    /** The legal act's page: one row per action, with the actor's status in each organization on {@code on}. */
    @SuppressWarnings("unchecked")
    public static Sheet instrument(Answers a, Instrument i, LocalDate on) {
        var s = a.snapshot();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> act : (List<Map<String, Object>>) Shapes.instrument(a, i, on).get("actions")) {
            Map<String, Object> r = new LinkedHashMap<>(act);
            Organization o = s.org((String) act.get("org"));
            r.put("instrument", i.id());
            r.put("actor", i.actor());
            r.put("name_en", o == null ? null : o.nameEn());
            r.put("name_zh", o == null ? null : o.nameZh());
            r.put("status_on", on.toString());
            rows.add(r);
        }
        return Sheet.of(name("instrument", i.id(), on), List.of("instrument", "actor", "seq", "org", "name_en", "name_zh", "section", "action",
                "announced", "notice", "effective", "last_day", "closed_by", "rule", "flags", "status_on", "status", "note", "source",
                "source_kind", "source_publisher"), rows);
    }

    /** The claims page: one row per claim with its verdict; the computation stays in the JSON answer. */
    public static Sheet claims(List<ClaimAnswer> claims, String document, LocalDate day) {
        return Sheet.of(name("claims", document, day), List.of("id", "document", "quote", "text", "expected", "unit", "computed", "verdict",
                "compare", "tolerance", "definition", "sources"), ClaimShapes.claims(claims));
    }

    /** Read a text: every mention the linker found, in the text's order, with the organization's status for the state asked about. */
    @SuppressWarnings("unchecked")
    public static Sheet link(Map<String, Object> linked, LocalDate on) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) linked.get("mentions")) {
            Map<String, Object> r = new LinkedHashMap<>(m);
            r.put("state", linked.get("state"));
            r.put("on", linked.get("on"));
            rows.add(r);
        }
        return Sheet.of(name("read", null, on), List.of("start", "end", "text", "org", "canonical", "name_zh", "acronym", "state", "on",
                "status", "since", "effective", "candidates"), rows);
    }

    /** The search page: the ranked hits, best first, with their rank. */
    public static Sheet search(Answers a, String lang, SearchIndex.Result result, LocalDate on) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int rank = 0;
        for (Map<String, Object> h : SearchShapes.hits(a, lang, result.hits(), on)) {
            Map<String, Object> r = new LinkedHashMap<>(h);
            r.put("rank", ++rank);
            r.put("on", on.toString());
            rows.add(r);
        }
        return Sheet.of(name("search", null, on), List.of("rank", "type", "id", "name_en", "name_zh", "acronym", "match", "matched",
                "status_state", "on", "status", "effective"), rows);
    }
}
