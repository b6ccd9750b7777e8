package org.comity.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comity.dataset.Table;
import org.comity.dataset.Tables;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.domain.EffectiveRule;
import org.comity.domain.Instrument;
import org.comity.domain.PartialDate;
import org.comity.domain.Source;
import org.comity.domain.SourceKind;
import org.comity.snapshot.Snapshot;

/**
 * The rows a proposal of a document's new findings adds, keyed by the file of data/record they belong to
 * ("instruments.csv", "actions/&lt;id&gt;.csv", "sources.csv"), each row a map from that file's header to its cell,
 * written by the same {@link Tables} the files and the store use. Findings already recorded add nothing.
 */
public final class Drafts {

    private Drafts() {}

    public static Map<String, List<Map<String, String>>> rows(Snapshot s, WatchDocument d, List<WatchFinding> findings, LocalDate seen) {
        List<WatchFinding> fresh = findings.stream().filter(f -> !f.recorded()).toList();
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        if (fresh.isEmpty()) return out;
        String actor = fresh.get(0).state();
        Instrument own = Recorded.instrumentOf(s, d, actor);
        Instrument instrument = own != null ? own : newInstrument(s, d, fresh, actor);
        if (own == null) out.put(Tables.INSTRUMENTS.file(), List.of(row(Tables.INSTRUMENTS, instrument)));
        Table<Action> actions = Tables.actions(instrument);
        int seq = s.actionsOf(instrument.id()).stream().mapToInt(Action::seq).max().orElse(0);
        List<Map<String, String>> actionRows = new ArrayList<>();
        for (WatchFinding f : fresh) {
            actionRows.add(row(actions, new Action(instrument.id(), ++seq, actor, null, f.org(), f.action(), day(f.announced()),
                    day(f.notice()), day(f.effective()), rule(f), List.of(), "Found by comity watch in " + d.id(), List.of(d.url()))));
        }
        out.put(actions.file(), actionRows);
        if (s.source(d.url()) == null) {
            out.put(Tables.SOURCES.file(), List.of(row(Tables.SOURCES, new Source(null, d.url(), d.title(), d.publisher(),
                    day(d.published()), seen, SourceKind.PRIMARY))));
        }
        return out;
    }

    /** A one-line summary for the review queue: "EO 14155 …: 1 new (withdraw who), 0 already recorded". */
    public static String summary(WatchDocument d, List<WatchFinding> findings) {
        List<String> fresh = findings.stream().filter(f -> !f.recorded()).map(f -> f.action().code() + " " + f.org()).toList();
        return d.citation() + ": " + fresh.size() + " new" + (fresh.isEmpty() ? "" : " (" + String.join(", ", fresh) + ")")
                + ", " + (findings.size() - fresh.size()) + " already recorded";
    }

    private static Instrument newInstrument(Snapshot s, WatchDocument d, List<WatchFinding> fresh, String actor) {
        String prefix = actor.equals("USA") ? "us" : actor.toLowerCase(Locale.ROOT);
        LocalDate day = d.signed() != null ? d.signed() : d.published();
        String id = switch (d.kind()) {
            case EXECUTIVE_ORDER -> d.executiveOrder() != null ? prefix + "-eo-" + d.executiveOrder() : prefix + "-eo-" + day;
            case MEMORANDUM -> prefix + "-memo-" + day;
            default -> prefix + "-" + fresh.get(0).org() + "-" + (fresh.get(0).action() == ActionType.WITHDRAW ? "notice" : fresh.get(0).action().code()) + "-" + day;
        };
        String unique = id;
        for (int n = 2; s.instrument(unique) != null; n++) unique = id + "-" + n;
        return new Instrument(unique, actor, d.kind(), d.title(), null, d.citation(), day(day), List.of(d.url()));
    }

    /** A stated effective day is a fact; a withdrawal with none waits on the clause; other acts have no legal effect. */
    private static EffectiveRule rule(WatchFinding f) {
        if (f.effective() != null) return EffectiveRule.AS_STATED;
        if (f.action() == ActionType.WITHDRAW || f.action() == ActionType.REJOIN || f.action() == ActionType.RETRACT) return EffectiveRule.UNKNOWN;
        return EffectiveRule.NONE;
    }

    private static PartialDate day(LocalDate d) {
        return d == null ? null : PartialDate.day(d);
    }

    private static <T> Map<String, String> row(Table<T> table, T value) {
        List<String> cells = table.cells().apply(value);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < table.columns().size(); i++) out.put(table.columns().get(i), cells.get(i) == null ? "" : cells.get(i));
        return out;
    }
}
