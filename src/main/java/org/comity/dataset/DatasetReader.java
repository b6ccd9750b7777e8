package org.comity.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.comity.domain.Action;
import org.comity.domain.Dataset;
import org.comity.domain.Instrument;

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
        for (Instrument i : instruments) actions.addAll(read(files, Tables.actions(i), located, problems));
        var episodes = read(files, Tables.EPISODES, located, problems);
        var rules = read(files, Tables.WITHDRAWAL_RULES, located, problems);
        var claims = read(files, Tables.CLAIMS, located, problems);
        try {
            for (String file : files.actionFiles()) {
                String id = file.substring("actions/".length(), file.length() - ".csv".length());
                if (instruments.stream().noneMatch(i -> i.id().equals(id))) {
                    problems.add(new Problem(file, 0, null, id, "no instrument '" + id + "' in instruments.csv"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) throw new DatasetException(problems);
        return new Parsed(new Dataset(sources, organizations, aliases, states, instruments, actions, episodes, rules, claims),
                located);
    }

    private static <T> List<T> read(DataFiles files, Table<T> table, Located located, List<Problem> problems) {
        List<T> out = new ArrayList<>();
        try (Reader reader = files.open(table.file())) {
            if (reader == null) {
                problems.add(new Problem(table.file(), 0, null, "", "is missing from " + files.describe()));
                return out;
            }
            CsvTables.read(reader, table.file(), table, (record, row) -> {
                out.add(record);
                located.put(record, row);
            });
        } catch (DatasetException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(new Problem(table.file(), 0, null, "", "cannot be read: " + e.getMessage()));
        }
        return out;
    }
}
