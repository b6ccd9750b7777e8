package org.comity.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.comity.domain.Action;
import org.comity.domain.Dataset;
import org.comity.domain.Episode;
import org.comity.domain.Instrument;
import org.comity.domain.MemberList;

/**
 * Writes a {@link Dataset} as the curated files. The files are first written to a sibling temporary
 * directory and then moved into place, so a failed export leaves the target untouched.
 */
public final class DatasetWriter {

    private DatasetWriter() {}

    /** What is written beside the tables before they move into place (the Data Package descriptor), so it lands with them. */
    public interface Finish {
        void accept(Path written, List<Table<?>> tables) throws IOException;
    }

    public static void write(Dataset d, Path dir) {
        write(d, dir, (written, tables) -> {});
    }

    /** Writes the tables of {@code d}, then {@code finish} beside them, then moves everything into {@code dir}. */
    public static void write(Dataset d, Path dir, Finish finish) {
        Path target = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp");
            finish.accept(tmp, writeAll(d, tmp));
            Manifest.write(tmp);
            Files.createDirectories(target);
            // Every file is whole before it is renamed into place; files of instruments or lists that are gone
            // are removed only after the new ones are in. A kill leaves each file whole, old or new.
            java.util.Set<Path> written = new java.util.HashSet<>();
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path p : files.sorted().toList()) {
                    if (p.equals(tmp.resolve(Manifest.FILE))) continue; // last: it vouches for the files beside it
                    Path dest = target.resolve(tmp.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(dest);
                    else Files.move(p, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    written.add(dest);
                }
            }
            Files.move(tmp.resolve(Manifest.FILE), target.resolve(Manifest.FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            for (String sub : List.of("actions", "members")) {
                Path dir0 = target.resolve(sub);
                if (!Files.isDirectory(dir0)) continue;
                try (Stream<Path> s = Files.list(dir0)) {
                    for (Path p : s.toList()) if (p.toString().endsWith(".csv") && !written.contains(p)) Files.delete(p);
                }
            }
            Files.deleteIfExists(target.resolve("episodes.csv")); // the layout before member lists
            deleteTree(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every table of {@code d}; returns them in the order written (one per file). */
    private static List<Table<?>> writeAll(Dataset d, Path dir) throws IOException {
        List<Table<?>> written = new ArrayList<>();
        write(dir, Tables.SOURCES, d.sources(), written);
        write(dir, Tables.ORGANIZATIONS, d.organizations(), written);
        write(dir, Tables.ALIASES, d.aliases(), written);
        write(dir, Tables.STATES, d.states(), written);
        write(dir, Tables.INSTRUMENTS, d.instruments(), written);
        for (Instrument i : d.instruments()) {
            List<Action> own = d.actions().stream().filter(a -> a.instrument().equals(i.id())).toList();
            write(dir, Tables.actions(i), own, written);
        }
        write(dir, Tables.MEMBER_LISTS, d.memberLists(), written);
        for (MemberList l : d.memberLists()) {
            if (l.derived()) continue;
            List<Episode> own = d.episodes().stream().filter(e -> e.org().equals(l.org())).toList();
            write(dir, Tables.members(l), own, written);
        }
        write(dir, Tables.MEMBER_COUNTS, d.memberCounts(), written);
        write(dir, Tables.WITHDRAWAL_RULES, d.withdrawalRules(), written);
        write(dir, Tables.CHECKS, d.checks(), written);
        write(dir, Tables.CLAIMS, d.claims(), written);
        write(dir, Tables.CLAIM_CHECKS, d.claimChecks(), written);
        write(dir, Tables.REPLACED_IDS, d.replacedIds(), written);
        return written;
    }

    private static <T> void write(Path dir, Table<T> table, List<T> records, List<Table<?>> written) throws IOException {
        written.add(table);
        Path file = DataFiles.inside(dir, table.file()); // an id that is not a slug never names a file outside
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvTables.write(w, table, records);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
