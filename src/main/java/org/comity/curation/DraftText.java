package org.comity.curation;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.dataset.DatasetException;
import org.comity.dataset.Problem;

/**
 * The rows of a proposal as the web form takes them: for each file a line {@code # actions/x.csv}, then
 * CSV lines as in that file (a header naming the columns given, then the rows), so an editor writes
 * exactly what the reviewed CSV diff will show.
 */
public final class DraftText {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private DraftText() {}

    public static Map<String, List<Map<String, String>>> parse(String text) {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        String file = null;
        StringBuilder block = new StringBuilder();
        for (String line : (text == null ? "" : text).replace("\r\n", "\n").split("\n", -1)) {
            if (line.startsWith("#")) {
                if (file != null) out.put(file, rows(file, block.toString()));
                file = line.substring(1).strip();
                block.setLength(0);
            } else if (!line.isBlank()) {
                if (file == null) throw refused("rows", line, "the rows start with a line '# FILE' naming their file, such as '# sources.csv'");
                block.append(line).append('\n');
            }
        }
        if (file != null) out.put(file, rows(file, block.toString()));
        return out;
    }

    private static List<Map<String, String>> rows(String file, String csv) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = MAPPER.readerFor(List.class).with(CsvSchema.emptySchema()).readValues(csv)) {
            if (!it.hasNext()) throw refused(file, "", "has no header line");
            List<String> header = it.next().stream().map(String::strip).toList();
            int n = 1;
            while (it.hasNext()) {
                List<String> cells = it.next();
                n++;
                if (cells.size() != header.size()) {
                    throw refused(file, String.join(",", cells), "line " + n + " has " + cells.size() + " cells; the header has " + header.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) row.put(header.get(i), cells.get(i));
                rows.add(row);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DatasetException d) throw d;
            throw refused(file, "", "is not CSV: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (rows.isEmpty()) throw refused(file, "", "has a header and no rows");
        return rows;
    }

    /** The rows in the form's notation (to show a proposal, or refill a refused form). */
    public static String format(Map<String, List<Map<String, String>>> rows) {
        StringBuilder b = new StringBuilder();
        rows.forEach((file, list) -> {
            List<String> header = new ArrayList<>();
            for (var r : list) for (String c : r.keySet()) if (!header.contains(c)) header.add(c);
            b.append("# ").append(file).append('\n');
            List<Map<String, String>> filled = new ArrayList<>();
            for (var r : list) {
                Map<String, String> m = new LinkedHashMap<>();
                for (String c : header) m.put(c, r.getOrDefault(c, ""));
                filled.add(m);
            }
            b.append(RecordRows.csv(new RecordRows.Sheet(header, filled)));
        });
        return b.toString();
    }

    private static DatasetException refused(String file, String value, String message) {
        return new DatasetException(new Problem(file, 0, null, value, message));
    }
}
