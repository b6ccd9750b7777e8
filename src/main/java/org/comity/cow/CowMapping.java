package org.comity.cow;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.dataset.CsvTables;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetException;
import org.comity.dataset.Problem;
import org.comity.dataset.Table;

/**
 * data/cow-igos.csv: which COW organization is which Comity organization. A COW name with an empty
 * {@code org} is written down on purpose (an acronym that means something else in Comity).
 */
public final class CowMapping {

    public static final String FILE = "cow-igos.csv";

    record Entry(String ioname, String org, String note, List<String> sources) {}

    private static final Table<Entry> TABLE = new Table<>(FILE, List.of("ioname", "org", "note", "sources"),
            e -> List.of(e.ioname(), e.org() == null ? "" : e.org(), e.note() == null ? "" : e.note(), String.join("|", e.sources())),
            r -> new Entry(r.required("ioname"), r.text("org"), r.text("note"), r.list("sources")));

    private CowMapping() {}

    /** COW short name → Comity organization id (null for names deliberately left unmapped). */
    public static Map<String, String> read(DataFiles files) {
        Map<String, String> out = new LinkedHashMap<>();
        try (Reader reader = files.open(FILE)) {
            if (reader == null) throw new DatasetException(new Problem(FILE, 0, null, "", "is missing from " + files.describe()));
            int rows = CsvTables.read(reader, FILE, TABLE, (e, row) -> {
                if (out.containsKey(e.ioname())) throw row.problem("ioname", e.ioname(), "duplicate ioname '" + e.ioname() + "'");
                if (e.sources().isEmpty()) throw row.problem("sources", "", "no source");
                out.put(e.ioname(), e.org());
            });
            if (rows == 0) throw new DatasetException(new Problem(FILE, 2, null, "", "has a header and no rows (a file cut short?)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
