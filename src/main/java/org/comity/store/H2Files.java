package org.comity.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of an embedded H2 store ({@code comity.mv.db} beside its lock and trace files), and the three
 * ways it changes as a whole: made new, migrated, set aside. None of them leaves a half-made store under the
 * real name, whatever moment the process is killed at: the work is done on a file of another name
 * ({@code comity.new-PID.mv.db}, {@code comity.migrating-PID.mv.db}) that is linked or renamed into place
 * only when it is complete. Files such a killed process left behind are removed on the next start.
 */
final class H2Files {

    private static final Pattern FILE_URL = Pattern.compile("jdbc:h2:file:([^;]+)(.*)");
    private static final Pattern LEFT_BEHIND = Pattern.compile("\\.(?:new|migrating)-(\\d+)\\.(?:mv|trace|lock)\\.db");

    private final DbConfig config;
    private final Path base; // the store's path without ".mv.db"
    private final String settings;

    private H2Files(DbConfig config, Path base, String settings) {
        this.config = config;
        this.base = base;
        this.settings = settings;
    }

    /** The files of {@code config}, or null when it is not an H2 file store. */
    static H2Files of(DbConfig config) {
        Matcher m = FILE_URL.matcher(config.url());
        if (!m.matches()) return null;
        return new H2Files(config, Path.of(m.group(1)).toAbsolutePath(), m.group(2));
    }

    Database open(Consumer<Database> firstUse) {
        removeLeftovers();
        if (!Files.exists(file(base))) return made(firstUse, null);
        Database db;
        try {
            db = Database.unmigrated(config);
        } catch (StoreException e) {
            if (!corrupted(e)) throw e;
            return made(firstUse, setAside(Database.rootMessage(e)));
        }
        if (db.upToDate()) return db;
        db.close();
        try {
            migrateOnCopy();
        } catch (Database.MigrationException e) {
            return made(firstUse, setAside(Database.rootMessage(e)));
        }
        return Database.migrated(config);
    }

    /** A new store: schema and first-use data under a temporary name, then linked to the real name. */
    private Database made(Consumer<Database> firstUse, String why) {
        Path temp = sibling(".new-" + ProcessHandle.current().pid());
        try {
            try (Database db = Database.migrated(withBase(temp))) {
                firstUse.accept(db);
                shutdown(db);
            }
            Files.createDirectories(base.getParent());
            try {
                Files.createLink(file(base), file(temp)); // fails if another process put its store in place first
            } catch (FileAlreadyExistsException other) {
                // that store is as whole as ours: use it
            }
        } catch (IOException e) {
            throw new StoreException("cannot create " + file(base) + ": " + e.getMessage(), e);
        } finally {
            deleteAll(temp);
        }
        if (why != null) System.err.println("comity: " + why);
        return Database.migrated(config);
    }

    /** Pending migrations run on a copy, which replaces the store once it is complete. */
    private void migrateOnCopy() {
        if (Files.exists(lock(base))) {
            // Another process has the store open (a running server): it migrated at its own start, or it
            // serves an older schema; either way the file cannot be swapped under it.
            Database.migrated(config).close();
            return;
        }
        Path copy = sibling(".migrating-" + ProcessHandle.current().pid());
        try {
            Files.copy(file(base), file(copy), StandardCopyOption.REPLACE_EXISTING);
            try (Database db = Database.migrated(withBase(copy))) {
                shutdown(db);
            }
            Files.move(file(copy), file(base), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("cannot migrate " + file(base) + ": " + e.getMessage(), e);
        } finally {
            deleteAll(copy);
        }
    }

    /** Moves a store that cannot be used out of the way (kept, not deleted); returns the line that says so. */
    private String setAside(String reason) {
        // The wall clock on purpose, not Today: the name must differ between two set-asides on a pinned day.
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = sibling(".broken-" + stamp);
        try {
            Files.move(file(base), file(aside), StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(lock(base));
        } catch (IOException e) {
            throw new StoreException("cannot set aside " + file(base) + ": " + e.getMessage(), e);
        }
        return "the store " + file(base) + " was left half-made or damaged (" + reason + "); kept it as "
                + file(aside).getFileName() + " and made it again from the bundled data";
    }

    /** Whether opening failed because the file itself is damaged (not locked, not unreachable). */
    private static boolean corrupted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException s && ("90030".equals(s.getSQLState()) || "50000".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Closes the database at once, every change on disk, so that its file can be linked or moved. */
    private static void shutdown(Database db) {
        db.shutdown();
    }

    private void removeLeftovers() {
        Path dir = base.getParent();
        if (!Files.isDirectory(dir)) return;
        String name = base.getFileName().toString();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String f = p.getFileName().toString();
                if (!f.startsWith(name + ".")) continue;
                Matcher m = LEFT_BEHIND.matcher(f.substring(name.length()));
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DbConfig withBase(Path other) {
        // Nobody else knows the temporary name: no server for other processes.
        String own = settings.replaceAll("(?i);AUTO_SERVER=TRUE", "");
        return new DbConfig("jdbc:h2:file:" + other + own, config.user(), config.password());
    }

    private Path sibling(String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }

    private static Path file(Path base) {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    private static Path lock(Path base) {
        return base.resolveSibling(base.getFileName() + ".lock.db");
    }

    private static void deleteAll(Path base) {
        for (String ext : List.of(".mv.db", ".trace.db", ".lock.db")) {
            try {
                Files.deleteIfExists(base.resolveSibling(base.getFileName() + ext));
            } catch (IOException e) {
                // a leftover temporary file is removed on the next start
            }
        }
    }
}
