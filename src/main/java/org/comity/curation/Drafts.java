package org.comity.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.dataset.DatasetException;
import org.comity.dataset.DatasetReader;
import org.comity.dataset.DatasetValidator;
import org.comity.dataset.Problem;
import org.comity.domain.Dataset;

/**
 * Applies a proposal to a copy of the current record and checks the result with the same reader and
 * validator as {@code comity validate}: a refusal names the file, line, column and value.
 */
public final class Drafts {

    /** The record with the proposal applied, and what it changes. */
    public record Applied(Dataset dataset, List<FactChange> changes) {}

    private Drafts() {}

    public static Applied apply(Dataset current, ProposalDraft draft) {
        if (draft.summary() == null || draft.summary().isBlank()) refuse("summary", "", "a proposal says in one line what it changes");
        if (draft.rows() == null || draft.rows().isEmpty()) refuse("rows", "", "a proposal adds or replaces at least one row");
        Map<String, RecordRows.Sheet> before = RecordRows.of(current);
        Map<String, RecordRows.Sheet> after = new LinkedHashMap<>();
        before.forEach((f, s) -> after.put(f, new RecordRows.Sheet(s.columns(), new ArrayList<>(s.rows()))));
        for (var e : draft.rows().entrySet()) {
            String file = e.getKey();
            List<String> columns = RecordRows.columns(file, before);
            if (columns == null) refuse("file", file, "'" + file + "' is not a file of the record (data/record)");
            RecordRows.Sheet sheet = after.computeIfAbsent(file, f -> new RecordRows.Sheet(columns, new ArrayList<>()));
            int n = 0;
            for (Map<String, String> row : e.getValue()) {
                n++;
                for (String c : row.keySet()) {
                    if (!columns.contains(c)) refuse(file, n, c, "'" + c + "' is not a column of " + file + " (" + String.join(",", columns) + ")");
                }
                merge(file, sheet, row);
            }
        }
        List<FactChange> changes = FactChange.between(before, after);
        if (changes.isEmpty()) refuse("rows", "", "the proposal changes nothing: every row is already in the record as proposed");
        try {
            var parsed = DatasetReader.read(RecordRows.files(after, "the proposal"));
            DatasetValidator.require(parsed.dataset(), parsed.located());
            return new Applied(parsed.dataset(), changes);
        } catch (DatasetException e) {
            throw withValues(e);
        }
    }

    /** Each refusal names its value too (the validator's messages say it where a file is read line by line). */
    private static DatasetException withValues(DatasetException e) {
        List<Problem> named = new ArrayList<>();
        for (Problem p : e.problems()) {
            boolean says = p.value() == null || p.value().isEmpty() || p.message().contains(p.value());
            named.add(says ? p : new Problem(p.file(), p.line(), p.column(), p.value(), "'" + p.value() + "': " + p.message()));
        }
        return new DatasetException(named);
    }

    /** Replaces the named cells of the row with the same key, or adds the row (an action without seq gets the next one). */
    private static void merge(String file, RecordRows.Sheet sheet, Map<String, String> proposed) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String c : sheet.columns()) row.put(c, clean(proposed.get(c)));
        if (file.startsWith("actions/") && row.get("seq").isEmpty()) {
            int next = sheet.rows().stream().mapToInt(r -> parse(r.get("seq"))).max().orElse(0) + 1;
            row.put("seq", String.valueOf(next));
        }
        String key = RecordRows.keyOf(file, row);
        List<Map<String, String>> rows = sheet.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (!RecordRows.key(file).isEmpty() && RecordRows.keyOf(file, rows.get(i)).equals(key)) {
                Map<String, String> merged = new LinkedHashMap<>(rows.get(i));
                proposed.forEach((c, v) -> merged.put(c, clean(v)));
                rows.set(i, merged);
                return;
            }
        }
        rows.add(row);
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String clean(String v) {
        return v == null ? "" : v.strip();
    }

    private static void refuse(String file, String value, String message) {
        throw new DatasetException(new Problem(file, 0, null, value, message));
    }

    private static void refuse(String file, int row, String column, String message) {
        throw new DatasetException(new Problem(file, 0, column, column, "proposed row " + row + ": " + message));
    }
}
