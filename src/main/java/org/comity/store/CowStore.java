package org.comity.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comity.cow.CowIgo;
import org.comity.cow.CowRecord;
import org.comity.domain.Coded;
import org.comity.domain.DatePrecision;
import org.comity.domain.Episode;
import org.comity.domain.PartialDate;
import org.comity.domain.Role;

/** Writes and reads the imported COW record; a write replaces it whole in one transaction. */
public final class CowStore {

    private final Database db;

    public CowStore(Database db) {
        this.db = db;
    }

    /** Replaces the record whole (the standby copy of its tables becomes live: {@link Copies}); returns the new version. */
    public long replace(CowRecord record, String command) {
        return copies().replace(fill -> {
            Copies.Batch igos = fill.into("cow_igos", "ioname", "orgname", "start_year", "dead_year", "org", "precise_before_1965");
            Map<String, String> ionameById = new HashMap<>();
            for (CowIgo i : record.igos()) {
                igos.add(i.ioname(), i.orgname(), i.start(), i.dead(), i.org(), i.preciseBefore1965());
                ionameById.put(i.comityId(), i.ioname());
            }
            Copies.Batch episodes = fill.into("cow_episodes", "ioname", "state", "role", "start_year", "start_precision",
                    "end_year", "end_precision");
            for (Episode e : record.episodes()) {
                episodes.add(ionameById.get(e.org()), e.state(), e.role().code(), e.start().date().getYear(),
                        e.start().precision().code(), e.end() == null ? null : e.end().date().getYear(),
                        e.end() == null ? null : e.end().precision().code());
            }
        }, h -> Versions.bump(h, command, describe(record)));
    }

    /** What a record holds, in words. */
    public static String describe(CowRecord record) {
        return record.igos().size() + " COW organizations, " + record.episodes().size() + " episodes";
    }

    public boolean isEmpty() {
        Copies copies = copies();
        return db.jdbi().inTransaction(h -> h.createQuery("SELECT COUNT(*) FROM " + copies.live(h, "cow_igos")).mapTo(Long.class).one()) == 0;
    }

    private Copies copies() {
        return new Copies(db, "cow", List.of("cow_igos", "cow_episodes"));
    }

    public CowRecord load() {
        Copies copies = copies();
        return db.jdbi().inTransaction(h -> {
            List<CowIgo> igos = h.createQuery("SELECT \"ioname\", \"orgname\", \"start_year\", \"dead_year\", \"org\", "
                    + "\"precise_before_1965\" FROM " + copies.live(h, "cow_igos") + " ORDER BY \"ord\"").map((rs, ctx) -> new CowIgo(rs.getString(1),
                    rs.getString(2), rs.getInt(3), (Integer) rs.getObject(4) == null ? null : rs.getInt(4), rs.getString(5),
                    rs.getBoolean(6))).list();
            Map<String, String> idByIoname = new HashMap<>();
            for (CowIgo i : igos) idByIoname.put(i.ioname(), i.comityId());
            List<Episode> episodes = new ArrayList<>();
            List<String> source = List.of(CowRecord.SOURCE);
            h.createQuery("SELECT \"ioname\", \"state\", \"role\", \"start_year\", \"start_precision\", \"end_year\", "
                    + "\"end_precision\" FROM " + copies.live(h, "cow_episodes") + " ORDER BY \"ord\"").map((rs, ctx) -> {
                        Integer end = rs.getObject(6) == null ? null : rs.getInt(6);
                        return Episode.of(rs.getString(2), idByIoname.get(rs.getString(1)), Coded.parse(Role.class, rs.getString(3)),
                                PartialDate.year(rs.getInt(4), Coded.parse(DatePrecision.class, rs.getString(5))),
                                end == null ? null : PartialDate.year(end, Coded.parse(DatePrecision.class, rs.getString(7))),
                                null, source);
                    }).forEach(episodes::add);
            return new CowRecord(igos, episodes);
        });
    }
}
