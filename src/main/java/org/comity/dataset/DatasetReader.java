package org.comity.dataset;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.comity.domain.Action;
import org.comity.domain.Dataset;
import org.comity.domain.Episode;
import org.comity.domain.Instrument;
import org.comity.domain.MemberList;

/** Reads the curated dataset files into a {@link Dataset}, keeping where each record came from. */
public final class DatasetReader {

    /** A dataset and the rows it was read from. */
    public record Parsed(Dataset dataset, Located located) {}

    private DatasetReader() {}

    /** Reads every file; a malformed cell anywhere throws with all the problems found. */
    public static Parsed read(DataFiles files) {
        Located located = new Located(files.describe());
        List<Problem> problems = new ArrayList<>();
        var sources = read(files, Tables.SOURCES, located, problems);
        var organizations = read(files, Tables.ORGANIZATIONS, located, problems);
        var aliases = read(files, Tables.ALIASES, located, problems);
        var states = read(files, Tables.STATES, located, problems);
        var instruments = read(files, Tables.INSTRUMENTS, located, problems);
        List<Action> actions = new ArrayList<>();
        for (Instrument i : instruments) {
            if (safeName(i.id(), i, "instruments", "id", located, problems)) actions.addAll(read(files, Tables.actions(i), located, problems));
        }
        var lists = read(files, Tables.MEMBER_LISTS, located, problems);
        List<Episode> episodes = new ArrayList<>();
        for (MemberList l : lists) {
            if (!l.derived() && safeName(l.org(), l, "member-lists", "org", located, problems)) {
                episodes.addAll(read(files, Tables.members(l), located, problems));
            }
        }
        var counts = read(files, Tables.MEMBER_COUNTS, located, problems);
        var rules = read(files, Tables.WITHDRAWAL_RULES, located, problems);
        var checks = read(files, Tables.CHECKS, located, problems);
        var claims = read(files, Tables.CLAIMS, located, problems);
        var claimChecks = read(files, Tables.CLAIM_CHECKS, located, problems);
        var replaced = read(files, Tables.REPLACED_IDS, located, problems);
        unclaimed(files, "actions", instruments.stream().map(Instrument::id).toList(), "instrument", "instruments.csv", problems);
        unclaimed(files, "members", lists.stream().filter(l -> !l.derived()).map(MemberList::org).toList(),
                "member list", "member-lists.csv (or its list follows another body's)", problems);
        problems.addAll(Manifest.check(files));
        if (!problems.isEmpty()) throw new DatasetException(problems);
        return new Parsed(new Dataset(sources, organizations, aliases, states, instruments, actions, lists, episodes, counts,
                rules, checks, claims, claimChecks, replaced), located);
    }

    /** Ids that name files (actions/ID.csv, members/ID.csv): lowercase slugs only, so a file name never leaves the directory. */
    public static final java.util.regex.Pattern FILE_SAFE_ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static boolean safeName(String id, Object record, String table, String column, Located located, List<Problem> problems) {
        if (FILE_SAFE_ID.matcher(id).matches() && id.length() <= 100) return true;
        problems.add(located.problem(record, table, column, id, "'" + id + "' is not a lowercase slug (a-z, 0-9, hyphens); "
                + "it names a file, so nothing else is allowed"));
        return false;
    }

    /** A file in {@code subdirectory} that no row claims is an error: it would be silently ignored. */
    private static void unclaimed(DataFiles files, String subdirectory, List<String> ids, String what, String where,
                                  List<Problem> problems) {
        try {
            for (String file : files.filesIn(subdirectory)) {
                String id = file.substring(subdirectory.length() + 1, file.length() - ".csv".length());
                if (!ids.contains(id)) problems.add(new Problem(file, 0, null, id, "no " + what + " '" + id + "' in " + where));
            }
        } catch (DatasetException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(new Problem(subdirectory, 0, null, "", "cannot be read: " + e.getMessage()));
        }
    }

    private static <T> List<T> read(DataFiles files, Table<T> table, Located located, List<Problem> problems) {
        List<T> out = new ArrayList<>();
        try (Reader reader = files.open(table.file())) {
            if (reader == null) {
                problems.add(new Problem(table.file(), 0, null, "", "is missing from " + files.describe()));
                return out;
            }
            int rows = CsvTables.read(reader, table.file(), table, (record, row) -> {
                out.add(record);
                located.put(record, row);
            });
            if (rows == 0 && !Tables.MAY_BE_EMPTY.contains(table.file())) {
                problems.add(new Problem(table.file(), 2, null, "", "has a header and no rows; an import would empty the table "
                        + "(a file cut short?)"));
            }
        } catch (DatasetException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(new Problem(table.file(), 0, null, "", "cannot be read: " + e.getMessage()));
        }
        return out;
    }
}
