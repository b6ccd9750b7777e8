package org.comity.linking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.query.Answers;
import org.comity.query.StatusResult;
import org.comity.snapshot.Snapshot;

/**
 * What `comity link` and POST /api/link answer: the mentions of a text, each with the status of the
 * organization for a state on a day (Answers.status, the same rule as `comity status`).
 */
public final class Linking {

    /** The linker of the latest snapshot: compiling the dictionary is done once per dataset version. */
    private static final AtomicReference<Linker> LATEST = new AtomicReference<>();

    private Linking() {}

    public static Linker linkerFor(Snapshot s) {
        Linker l = LATEST.get();
        if (l != null && l.dictionary().snapshot() == s) return l;
        l = Linker.of(s);
        LATEST.set(l);
        return l;
    }

    /** {"state","on","mentions":[{"start","end","text","org","canonical","status",…}…]} (docs/contract.md). */
    public static Map<String, Object> link(Answers answers, String text, State state, LocalDate on) {
        List<Mention> mentions = linkerFor(answers.snapshot()).link(text);
        Statuses statuses = new Statuses(answers, state, on);
        List<Map<String, Object>> rows = new ArrayList<>(mentions.size());
        int ambiguous = 0;
        for (Mention m : mentions) {
            rows.add(mention(answers.snapshot(), m, statuses));
            if (m.ambiguous()) ambiguous++;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state", state.iso3());
        out.put("on", on.toString());
        out.put("count", mentions.size());
        out.put("ambiguous", ambiguous);
        out.put("mentions", rows);
        return out;
    }

    static Map<String, Object> mention(Snapshot s, Mention m, Statuses statuses) {
        Organization o = m.org() == null ? null : s.org(m.org());
        StatusResult st = o == null ? null : statuses.of(o);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("start", m.start());
        r.put("end", m.end());
        r.put("text", m.text());
        r.put("org", m.org());
        r.put("canonical", o == null ? null : o.nameEn());
        r.put("status", st == null ? null : st.answer().status().code());
        r.put("name_zh", o == null ? null : o.nameZh());
        r.put("acronym", o == null ? null : o.acronym());
        r.put("since", st == null || st.answer().since() == null ? null : st.answer().since().toString());
        r.put("effective", st == null || st.answer().effective() == null ? null : st.answer().effective().toString());
        r.put("basis", m.basis());
        r.put("form", m.form());
        r.put("candidates", m.candidates());
        return r;
    }

    /** Statuses computed once per organization per request: a long text names the same bodies often. */
    static final class Statuses {
        private final Answers answers;
        private final State state;
        private final LocalDate on;
        private final Map<String, StatusResult> cache = new HashMap<>();

        Statuses(Answers answers, State state, LocalDate on) {
            this.answers = answers;
            this.state = state;
            this.on = on;
        }

        StatusResult of(Organization o) {
            return cache.computeIfAbsent(o.id(), id -> answers.status(state, o, on));
        }
    }
}
