package org.comity.cow;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
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
import org.comity.dataset.InputFile;
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
            int year = year(file, line, "year", row[2]);
            IgoPanel panel = igos.get(ioname);
            if (panel == null) {
                String dead = row[index(header, "deaddate", file)];
                String accuracy = row[index(header, "accuracyofpre1965membershipdates", file)];
                if (ioname.isBlank() || ioname.length() > 50) {
                    throw new DatasetException(new Problem(file.getFileName().toString(), line, "ioname", ioname,
                            "'" + ioname + "' is not a COW short name (1 to 50 characters)"));
                }
                panel = new IgoPanel(ioname, Mojibake.repair(row[1]), year(file, line, "sdate", row[index(header, "sdate", file)]),
                        dead.isBlank() ? null : year(file, line, "deaddate", dead), accuracy.startsWith("Completely accurate"),
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
        truncated(file, igos);
        return new Parsed(stateColumns, ccodes, igos);
    }

    /**
     * The rows of each IGO run to its death or to the data's last year; a file cut short at a line end stops
     * inside the last IGO's years, which is the one thing that shows it.
     */
    private static void truncated(Path file, Map<String, IgoPanel> igos) {
        if (igos.isEmpty()) return;
        IgoPanel last = null;
        for (IgoPanel p : igos.values()) last = p;
        int lastYear = last.years().lastKey();
        int expected = last.dead() == null ? CowRecord.LAST_YEAR : Math.min(last.dead(), CowRecord.LAST_YEAR);
        if (lastYear < expected - 1) {
            throw new DatasetException(new Problem(file.getFileName().toString(), 0, "year", String.valueOf(lastYear),
                    "the file ends inside the years of " + last.ioname() + " (last row " + lastYear + ", its rows run to "
                            + expected + "): it looks cut short"));
        }
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

    /** A year of the COW record: from 1816 (the state system's start) to 2014 (the data's end); a little slack either side. */
    private static int year(Path file, int line, String column, String cell) {
        int y = integer(file, line, column, cell);
        if (y < 1800 || y > 2100) {
            throw new DatasetException(new Problem(file.getFileName().toString(), line, column, cell,
                    "'" + cell.trim() + "' is not a year of the COW record (1816-" + CowRecord.LAST_YEAR + ")"));
        }
        return y;
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
        int line = 1;
        int rows = 0;
        try (Reader reader = InputFile.open(file, name)) {
            if (reader == null) throw new DatasetException(new Problem(name, 0, null, "", "is missing from " + file.getParent()));
            try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(reader)) {
                if (!it.hasNext()) throw new DatasetException(new Problem(name, 1, null, "", "is empty (not even a header line)"));
                String[] header = it.next();
                while (true) {
                    line = it.getCurrentLocation().getLineNr();
                    if (!it.hasNext()) break;
                    String[] row = it.next();
                    if (row.length == 1 && row[0].isBlank()) continue;
                    if (row.length != header.length) {
                        throw new DatasetException(new Problem(name, line, null, String.valueOf(row.length),
                                "has " + row.length + " cells, the header has " + header.length));
                    }
                    for (int i = 0; i < row.length; i++) {
                        for (int k = 0; k < row[i].length(); k++) {
                            char c = row[i].charAt(k);
                            if (c < 0x20 && c != '\t' || c == 0x7F) {
                                throw new DatasetException(new Problem(name, line, i < header.length ? header[i] : null,
                                        String.format("U+%04X", (int) c), "contains the control character U+" + String.format("%04X", (int) c)));
                            }
                        }
                    }
                    rows++;
                    sink.accept(header, row, line, it.getCurrentLocation().getCharOffset());
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DatasetException(org.comity.dataset.CsvLines.notCsv(name, line, e.getOriginalMessage()));
        } catch (DatasetException e) {
            throw e;
        } catch (RuntimeException e) {
            // MappingIterator.hasNext wraps a parse error in an unchecked exception
            if (!(e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException j)) throw e;
            throw new DatasetException(org.comity.dataset.CsvLines.notCsv(name, line, j.getOriginalMessage()));
        } catch (IOException e) {
            throw new DatasetException(new Problem(name, 0, null, "", "cannot be read: " + e.getMessage()));
        }
        if (rows == 0) throw new DatasetException(new Problem(name, 2, null, "", "has a header and no rows (a file cut short?)"));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
