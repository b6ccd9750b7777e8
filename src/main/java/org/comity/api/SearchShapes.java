package org.comity.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.domain.Instrument;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.query.Answers;
import org.comity.query.StatusResult;
import org.comity.search.SearchHit;
import org.comity.search.SearchIndex;

/**
 * The public shape of a search (docs/contract.md): one ranked list of organizations and states, each hit with
 * its type; the legal acts that match beside it (the contract's list holds only those two types); suggestions
 * when nothing matched.
 */
public final class SearchShapes {

    /** The state whose standing an organization's hit gives: the one the tracker follows. */
    public static final String STATUS_STATE = "USA";

    private SearchShapes() {}

    /** {@code lang} (en or zh) picks the {@code name} of each hit; both names are always there. */
    public static Map<String, Object> answer(Answers a, String q, String lang, SearchIndex.Result r, LocalDate on) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("q", q);
        m.put("lang", lang);
        m.put("on", on.toString());
        m.put("results", hits(a, lang, bodiesAndStates(r.hits(), true), on));
        m.put("acts", hits(a, lang, bodiesAndStates(r.hits(), false), on));
        m.put("suggestions", hits(a, lang, bodiesAndStates(r.suggestions(), true), on));
        return m;
    }

    /** The hits that are organizations or states ({@code true}), or the others (legal acts), in their ranked order. */
    private static List<SearchHit> bodiesAndStates(List<SearchHit> hits, boolean wanted) {
        return hits.stream().filter(h -> (h.type() != SearchHit.Type.INSTRUMENT) == wanted).toList();
    }

    public static List<Map<String, Object>> hits(Answers a, String lang, List<SearchHit> hits, LocalDate on) {
        State focus = a.snapshot().state(STATUS_STATE);
        return hits.stream().map(h -> hit(a, lang, h, focus, on)).toList();
    }

    private static Map<String, Object> hit(Answers a, String lang, SearchHit h, State focus, LocalDate on) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", h.type().code);
        m.put("id", h.id());
        switch (h.type()) {
            case ORGANIZATION -> {
                Organization o = a.snapshot().org(h.id());
                names(m, lang, o.nameEn(), o.nameZh());
                m.put("acronym", o.acronym());
                StatusResult s = focus == null ? null : a.status(focus, o, on);
                m.put("status_state", focus == null ? null : focus.iso3());
                m.put("status", s == null ? null : Shapes.str(s.answer().status()));
                m.put("effective", s == null ? null : Shapes.str(s.answer().effective()));
            }
            case STATE -> {
                State st = a.snapshot().state(h.id());
                names(m, lang, st.nameEn(), st.nameZh());
                m.put("status", Shapes.str(st.unStatus()));
            }
            case INSTRUMENT -> {
                Instrument i = a.snapshot().instrument(h.id());
                names(m, lang, i.title(), i.titleZh());
                m.put("actor", i.actor());
                m.put("kind", Shapes.str(i.kind()));
                m.put("date", Shapes.str(i.date()));
            }
        }
        m.put("match", h.match().code());
        m.put("matched", h.name());
        return m;
    }

    private static void names(Map<String, Object> m, String lang, String en, String zh) {
        boolean zhFirst = "zh".equals(lang) && zh != null && !zh.isBlank();
        m.put("name", zhFirst || en == null || en.isBlank() ? zh : en);
        m.put("name_en", en);
        m.put("name_zh", zh);
    }
}
