package org.comity.cow;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.comity.dataset.DatasetException;
import org.comity.dataset.Problem;

/**
 * Reads the COW IGO v3 tables as published: {@code states2016.csv} (state names → COW codes) and the
 * wide {@code igo_year_formatv3.csv} (one row per IGO-year, one column per state). Every cell is checked;
 * a malformed one stops the import with file, line, column and value.
 */
public final class CowFiles {

    public static final String STATES = "states2016.csv";
    public static final String IGO_YEAR = "igo_year_formatv3.csv";

    /** Membership codes of the COW panel; a blank cell means the state was not in the state system. */
    static final byte NONE = 0, FULL = 1, ASSOCIATE = 2, OBSERVER = 3, MISSING = -9, NOT_SYSTEM = -1;

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    /** The panel of one IGO: its metadata and, per year, one code per state column. */
    record IgoPanel(String ioname, String orgname, int start, Integer dead, boolean preciseBefore1965,
                    TreeMap<Integer, byte[]> years) {}

    /** The parsed files: state column names → COW codes, and each IGO's yearly panel. */
    record Parsed(List<String> stateColumns, Map<String, Integer> ccodeByState, Map<String, IgoPanel> igos) {}

    private CowFiles() {}

    static Parsed read(Path dir, IntConsumer progress) {
        Map<String, Integer> ccodes = states(dir.resolve(STATES));
        return igoYears(dir.resolve(IGO_YEAR), ccodes, progress);
    }

    private static Map<String, Integer> states(Path file) {
        Map<String, Integer> out = new HashMap<>();
        forEachRow(file, (header, row, line) -> {
            int cc = integer(file, line, "ccode", row[index(header, "ccode", file)]);
            out.putIfAbsent(row[index(header, "state", file)], cc);
        });
        return out;
    }

    private static Parsed igoYears(Path file, Map<String, Integer> ccodes, IntConsumer progress) {
        long size = size(file);
        Map<String, IgoPanel> igos = new LinkedHashMap<>();
        List<String> stateColumns = new ArrayList<>();
        int[] stateAt = new int[1];
        forEachRowWithOffset(file, (header, row, line, offset) -> {
            if (stateColumns.isEmpty()) {
                int from = index(header, "year", file) + 1;
                int to = index(header, "sdate", file);
                for (int i = from; i < to; i++) {
                    if (!ccodes.containsKey(header[i])) {
                        throw new DatasetException(new Problem(file.getFileName().toString(), 1, header[i], header[i],
                                "state column '" + header[i] + "' is not in " + STATES));
                    }
                    stateColumns.add(header[i]);
                }
                stateAt[0] = from;
            }
            String ioname = row[0];
            int year = integer(file, line, "year", row[2]);
            IgoPanel panel = igos.get(ioname);
            if (panel == null) {
                String dead = row[index(header, "deaddate", file)];
                String accuracy = row[index(header, "accuracyofpre1965membershipdates", file)];
                panel = new IgoPanel(ioname, Mojibake.repair(row[1]), integer(file, line, "sdate", row[index(header, "sdate", file)]),
                        dead.isBlank() ? null : integer(file, line, "deaddate", dead), accuracy.startsWith("Completely accurate"),
                        new TreeMap<>());
                igos.put(ioname, panel);
            }
            byte[] codes = new byte[stateColumns.size()];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = code(file, line, stateColumns.get(i), row[stateAt[0] + i]);
            }
            if (panel.years().put(year, codes) != null) {
                throw new DatasetException(new Problem(file.getFileName().toString(), line, "year", String.valueOf(year),
                        "second row for " + ioname + " in " + year));
            }
            if (progress != null && size > 0) progress.accept((int) (offset * 100 / size));
        });
        return new Parsed(stateColumns, ccodes, igos);
    }

    private static byte code(Path file, int line, String column, String cell) {
        switch (cell.trim()) {
            case "": return NOT_SYSTEM;
            case "0": return NONE;
            case "1": return FULL;
            case "2": return ASSOCIATE;
            case "3": return OBSERVER;
            case "-9": return MISSING;
            case "-1": return NOT_SYSTEM;
            default:
                throw new DatasetException(new Problem(file.getFileName().toString(), line, column, cell,
                        "'" + cell + "' is not a COW membership code (0, 1, 2, 3, -9, -1 or blank)"));
        }
    }

    private static int integer(Path file, int line, String column, String cell) {
        try {
            return Integer.parseInt(cell.trim());
        } catch (NumberFormatException e) {
            throw new DatasetException(new Problem(file.getFileName().toString(), line, column, cell, "'" + cell + "' is not a year or number"));
        }
    }

    private static int index(String[] header, String column, Path file) {
        for (int i = 0; i < header.length; i++) if (header[i].equals(column)) return i;
        throw new DatasetException(new Problem(file.getFileName().toString(), 1, column, "", "missing column '" + column + "'"));
    }

    private interface RowSink {
        void accept(String[] header, String[] row, int line);
    }

    private interface OffsetRowSink {
        void accept(String[] header, String[] row, int line, long offset);
    }

    private static void forEachRow(Path file, RowSink sink) {
        forEachRowWithOffset(file, (h, r, l, o) -> sink.accept(h, r, l));
    }

    private static void forEachRowWithOffset(Path file, OffsetRowSink sink) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw new DatasetException(new Problem(name, 0, null, "", "is missing: " + file));
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT));
             MappingIterator<String[]> it = CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(reader)) {
            if (!it.hasNext()) throw new DatasetException(new Problem(name, 1, null, "", "is empty"));
            String[] header = it.next();
            while (true) {
                int line = it.getCurrentLocation().getLineNr();
                if (!it.hasNext()) break;
                String[] row = it.next();
                if (row.length == 1 && row[0].isBlank()) continue;
                if (row.length != header.length) {
                    throw new DatasetException(new Problem(name, line, null, String.valueOf(row.length),
                            "has " + row.length + " cells, the header has " + header.length));
                }
                sink.accept(header, row, line, it.getCurrentLocation().getCharOffset());
            }
        } catch (IOException e) {
            throw new DatasetException(new Problem(name, 0, null, "", "cannot be read: " + e.getMessage()));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
