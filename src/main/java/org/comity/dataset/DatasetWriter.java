package org.comity.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    public static void write(Dataset d, Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp");
            writeAll(d, tmp);
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

    private static void writeAll(Dataset d, Path dir) throws IOException {
        write(dir, Tables.SOURCES, d.sources());
        write(dir, Tables.ORGANIZATIONS, d.organizations());
        write(dir, Tables.ALIASES, d.aliases());
        write(dir, Tables.STATES, d.states());
        write(dir, Tables.INSTRUMENTS, d.instruments());
        for (Instrument i : d.instruments()) {
            List<Action> own = d.actions().stream().filter(a -> a.instrument().equals(i.id())).toList();
            write(dir, Tables.actions(i), own);
        }
        write(dir, Tables.MEMBER_LISTS, d.memberLists());
        for (MemberList l : d.memberLists()) {
            if (l.derived()) continue;
            List<Episode> own = d.episodes().stream().filter(e -> e.org().equals(l.org())).toList();
            write(dir, Tables.members(l), own);
        }
        write(dir, Tables.MEMBER_COUNTS, d.memberCounts());
        write(dir, Tables.WITHDRAWAL_RULES, d.withdrawalRules());
        write(dir, Tables.CHECKS, d.checks());
        write(dir, Tables.CLAIMS, d.claims());
    }

    private static <T> void write(Path dir, Table<T> table, List<T> records) throws IOException {
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
