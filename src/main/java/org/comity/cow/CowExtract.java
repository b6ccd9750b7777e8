package org.comity.cow;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import org.comity.dataset.CsvTables;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetException;
import org.comity.dataset.Problem;
import org.comity.dataset.Table;

/**
 * The Correlates of War IGO v3 episodes bundled with Comity ({@code data/extracts/cow/}), so that a fresh
 * install answers 1816–2014 without the published files: every IGO and every run of years a state was a
 * full member, associate or observer, with COW's own state codes and role codes. Written by {@code comity
 * cow extract COWDIR DATADIR}; read on first use into the COW tables. The ids are mapped to Comity's only
 * when read (mappings/cow-igos.csv, states.csv's cow_code), so a better mapping needs no new extract.
 */
public final class CowExtract {

    public static final String IGOS = "cow/igos.csv";
    public static final String EPISODES = "cow/episodes.csv";

    private static final Table<CowIgo> IGO_TABLE = new Table<>(IGOS,
            List.of("ioname", "orgname", "start", "dead", "precise_before_1965", "sources"),
            i -> List.of(i.ioname(), i.orgname(), String.valueOf(i.start()), i.dead() == null ? "" : String.valueOf(i.dead()),
                    i.preciseBefore1965() ? "yes" : "no", CowRecord.SOURCE),
            r -> new CowIgo(r.required("ioname"), r.required("orgname"), year(r, "start"), r.integer("dead"), null,
                    yesNo(r.required("precise_before_1965"), r)));

    private static final Table<CowEpisode> EPISODE_TABLE = new Table<>(EPISODES,
            List.of("ioname", "ccode", "role", "start", "end", "sources"),
            e -> List.of(e.ioname(), String.valueOf(e.ccode()), String.valueOf(e.role()), String.valueOf(e.start()),
                    e.end() == null ? "" : String.valueOf(e.end()), CowRecord.SOURCE),
            r -> new CowEpisode(r.required("ioname"), ccode(r), role(r), year(r, "start"), r.integer("end")));

    private CowExtract() {}

    /** Reads the published files of {@code cowDir} and writes the extract under {@code dataDir}/extracts/cow/. */
    public static List<Path> write(Path cowDir, Path dataDir, IntConsumer progress) {
        CowFiles.Parsed parsed = CowFiles.read(cowDir, progress);
        List<CowIgo> igos = new ArrayList<>(CowImporter.igos(parsed));
        igos.sort(Comparator.comparing(CowIgo::ioname));
        List<CowEpisode> episodes = new ArrayList<>(CowImporter.episodes(parsed));
        episodes.sort(Comparator.comparing(CowEpisode::ioname).thenComparingInt(CowEpisode::ccode)
                .thenComparingInt(CowEpisode::start));
        Path dir = dataDir.resolve(DataFiles.Part.EXTRACTS.dir);
        return List.of(write(dir.resolve(IGOS), IGO_TABLE, igos), write(dir.resolve(EPISODES), EPISODE_TABLE, episodes));
    }

    /** The bundled (or a given) extract, or null when it is absent. Bad rows throw with file and line. */
    public static Parsed read(DataFiles extracts) {
        List<CowIgo> igos = new ArrayList<>();
        List<CowEpisode> episodes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean present = read(extracts, IGO_TABLE, igos, problems) & read(extracts, EPISODE_TABLE, episodes, problems);
        if (!problems.isEmpty()) throw new DatasetException(problems);
        return present ? new Parsed(igos, episodes) : null;
    }

    /** The extract's two tables, as COW codes them. */
    public record Parsed(List<CowIgo> igos, List<CowEpisode> episodes) {}

    private static <T> boolean read(DataFiles files, Table<T> table, List<T> out, List<Problem> problems) {
        try (Reader r = files.open(table.file())) {
            if (r == null) return false;
            CsvTables.read(r, table.file(), table, (rec, row) -> out.add(rec));
            return true;
        } catch (DatasetException e) {
            problems.addAll(e.problems());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written to a temporary file beside the target and moved into place: a kill never leaves half a file. */
    private static <T> Path write(Path file, Table<T> table, List<T> rows) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                CsvTables.write(w, table, rows);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int year(org.comity.dataset.Row r, String column) {
        r.required(column);
        int y = r.integer(column);
        if (y < CowRecord.FIRST_YEAR - 1 || y > CowRecord.LAST_YEAR + 1) throw r.problem(column, String.valueOf(y), "year outside 1815-2015");
        return y;
    }

    private static int ccode(org.comity.dataset.Row r) {
        r.required("ccode");
        return r.integer("ccode");
    }

    private static byte role(org.comity.dataset.Row r) {
        String v = r.required("role");
        if (!v.equals("1") && !v.equals("2") && !v.equals("3")) throw r.problem("role", v, "COW role is 1 (full), 2 (associate) or 3 (observer)");
        return Byte.parseByte(v);
    }

    private static boolean yesNo(String v, org.comity.dataset.Row r) {
        if (v.equals("yes")) return true;
        if (v.equals("no")) return false;
        throw r.problem("precise_before_1965", v, "yes or no");
    }
}
