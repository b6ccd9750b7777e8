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
import org.jdbi.v3.core.statement.PreparedBatch;

/** Writes and reads the imported COW record; a write replaces it whole in one transaction. */
public final class CowStore {

    private final Database db;

    public CowStore(Database db) {
        this.db = db;
    }

    public long replace(CowRecord record, String command) {
        return db.jdbi().inTransaction(h -> {
            h.execute("DELETE FROM \"cow_episodes\"");
            h.execute("DELETE FROM \"cow_igos\"");
            PreparedBatch igos = h.prepareBatch("INSERT INTO \"cow_igos\" (\"ord\", \"ioname\", \"orgname\", \"start_year\", "
                    + "\"dead_year\", \"org\", \"precise_before_1965\") VALUES (?, ?, ?, ?, ?, ?, ?)");
            Map<String, String> ionameById = new HashMap<>();
            int ord = 1;
            for (CowIgo i : record.igos()) {
                igos.bind(0, ord++).bind(1, i.ioname()).bind(2, i.orgname()).bind(3, i.start()).bind(4, i.dead())
                        .bind(5, i.org()).bind(6, i.preciseBefore1965()).add();
                ionameById.put(i.comityId(), i.ioname());
            }
            if (!record.igos().isEmpty()) igos.execute();
            PreparedBatch episodes = h.prepareBatch("INSERT INTO \"cow_episodes\" (\"ord\", \"ioname\", \"state\", \"role\", "
                    + "\"start_year\", \"start_precision\", \"end_year\", \"end_precision\") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            ord = 1;
            for (Episode e : record.episodes()) {
                episodes.bind(0, ord++).bind(1, ionameById.get(e.org())).bind(2, e.state()).bind(3, e.role().code())
                        .bind(4, e.start().date().getYear()).bind(5, e.start().precision().code())
                        .bind(6, e.end() == null ? null : e.end().date().getYear())
                        .bind(7, e.end() == null ? null : e.end().precision().code()).add();
            }
            if (!record.episodes().isEmpty()) episodes.execute();
            return Versions.bump(h, command, record.igos().size() + " COW organizations, " + record.episodes().size() + " episodes");
        });
    }

    public CowRecord load() {
        return db.jdbi().inTransaction(h -> {
            List<CowIgo> igos = h.createQuery("SELECT \"ioname\", \"orgname\", \"start_year\", \"dead_year\", \"org\", "
                    + "\"precise_before_1965\" FROM \"cow_igos\" ORDER BY \"ord\"").map((rs, ctx) -> new CowIgo(rs.getString(1),
                    rs.getString(2), rs.getInt(3), (Integer) rs.getObject(4) == null ? null : rs.getInt(4), rs.getString(5),
                    rs.getBoolean(6))).list();
            Map<String, String> idByIoname = new HashMap<>();
            for (CowIgo i : igos) idByIoname.put(i.ioname(), i.comityId());
            List<Episode> episodes = new ArrayList<>();
            List<String> source = List.of(CowRecord.SOURCE);
            h.createQuery("SELECT \"ioname\", \"state\", \"role\", \"start_year\", \"start_precision\", \"end_year\", "
                    + "\"end_precision\" FROM \"cow_episodes\" ORDER BY \"ord\"").map((rs, ctx) -> {
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
