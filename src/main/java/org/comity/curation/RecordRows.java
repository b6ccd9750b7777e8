package org.comity.curation;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.dataset.Table;
import org.comity.dataset.Tables;
import org.comity.domain.Action;
import org.comity.domain.Dataset;
import org.comity.domain.Episode;
import org.comity.domain.Instrument;
import org.comity.domain.MemberList;

/**
 * The dataset as the rows of its files (data/record), each a map from the file's header to the cell, in
 * the order {@code comity export} writes them. Proposals are rows of these files; the history compares
 * them; {@link #files} turns them back into files that {@link DatasetReader} reads like any directory.
 */
public final class RecordRows {

    /** One file: its header and its rows. */
    public record Sheet(List<String> columns, List<Map<String, String>> rows) {}

    private static final Pattern PER_ID = Pattern.compile("(actions|members)/([a-z0-9]+(-[a-z0-9]+)*)\\.csv");

    /** Which cells name a row within its file (a proposal's row with the same key replaces it). */
    private static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("sources.csv", List.of("url")), Map.entry("organizations.csv", List.of("id")),
            Map.entry("aliases.csv", List.of("org", "lang", "alias")), Map.entry("states.csv", List.of("iso3")),
            Map.entry("instruments.csv", List.of("id")), Map.entry("member-lists.csv", List.of("org")),
            Map.entry("member-counts.csv", List.of("org", "on")), Map.entry("withdrawal-rules.csv", List.of("org")),
            Map.entry("checks.csv", List.of("org", "checked", "scope")), Map.entry("claims.csv", List.of("id")),
            Map.entry("claim-checks.csv", List.of("claim")), Map.entry("replaced-ids.csv", List.of("old_id")));

    private RecordRows() {}

    /** Every file of {@code d} with its rows. */
    public static Map<String, Sheet> of(Dataset d) {
        Map<String, Sheet> out = new LinkedHashMap<>();
        put(out, Tables.SOURCES, d.sources());
        put(out, Tables.ORGANIZATIONS, d.organizations());
        put(out, Tables.ALIASES, d.aliases());
        put(out, Tables.STATES, d.states());
        put(out, Tables.INSTRUMENTS, d.instruments());
        for (Instrument i : d.instruments()) {
            List<Action> own = d.actions().stream().filter(a -> a.instrument().equals(i.id())).toList();
            put(out, Tables.actions(i), own);
        }
        put(out, Tables.MEMBER_LISTS, d.memberLists());
        for (MemberList l : d.memberLists()) {
            if (l.derived()) continue;
            List<Episode> own = d.episodes().stream().filter(e -> e.org().equals(l.org())).toList();
            put(out, Tables.members(l), own);
        }
        put(out, Tables.MEMBER_COUNTS, d.memberCounts());
        put(out, Tables.WITHDRAWAL_RULES, d.withdrawalRules());
        put(out, Tables.CHECKS, d.checks());
        put(out, Tables.CLAIMS, d.claims());
        put(out, Tables.CLAIM_CHECKS, d.claimChecks());
        put(out, Tables.REPLACED_IDS, d.replacedIds());
        return out;
    }

    private static <T> void put(Map<String, Sheet> out, Table<T> table, List<T> records) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (T r : records) {
            List<String> cells = table.cells().apply(r);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) row.put(table.columns().get(i), cells.get(i));
            rows.add(row);
        }
        out.put(table.file(), new Sheet(table.columns(), rows));
    }

    /** The header of {@code file}, or null when no such file can be in the record. */
    public static List<String> columns(String file, Map<String, Sheet> sheets) {
        Sheet s = sheets.get(file);
        if (s != null) return s.columns();
        var m = PER_ID.matcher(file);
        if (!m.matches()) return null;
        return m.group(1).equals("actions") ? Tables.ACTION_COLUMNS : Tables.MEMBER_COLUMNS;
    }

    /** The cells that name a row of {@code file}. */
    public static List<String> key(String file) {
        if (file.startsWith("actions/")) return List.of("seq");
        if (file.startsWith("members/")) return List.of("state", "role", "start");
        return KEYS.getOrDefault(file, List.of());
    }

    /** The row's key as one string ("USA|member|1946-11-04"). */
    public static String keyOf(String file, Map<String, String> row) {
        List<String> values = new ArrayList<>();
        for (String c : key(file)) values.add(row.getOrDefault(c, ""));
        return String.join("|", values);
    }

    /** The organization id a file's name gives (members/who.csv), or null. */
    public static String orgOfFile(String file) {
        var m = PER_ID.matcher(file);
        return m.matches() && m.group(1).equals("members") ? m.group(2) : null;
    }

    /** The sheets as files a {@link DatasetReader} reads: CSV text, named as in data/record. */
    public static DataFiles files(Map<String, Sheet> sheets, String describe) {
        Map<String, String> text = new LinkedHashMap<>();
        sheets.forEach((file, sheet) -> text.put(file, csv(sheet)));
        return new DataFiles() {
            @Override
            public Reader open(String path) {
                String t = text.get(path);
                return t == null ? null : new StringReader(t);
            }

            @Override
            public List<String> filesIn(String subdirectory) {
                return text.keySet().stream().filter(f -> f.startsWith(subdirectory + "/")).sorted().toList();
            }

            @Override
            public String describe() {
                return describe;
            }
        };
    }

    private static final CsvMapper MAPPER = new CsvMapper();

    static String csv(Sheet sheet) {
        StringWriter out = new StringWriter();
        try (var w = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValues(out)) {
            w.write(sheet.columns());
            for (Map<String, String> row : sheet.rows()) {
                List<String> cells = new ArrayList<>();
                for (String c : sheet.columns()) cells.add(row.getOrDefault(c, ""));
                w.write(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
