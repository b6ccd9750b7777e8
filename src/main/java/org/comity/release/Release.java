package org.comity.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.comity.dataset.DatasetException;
import org.comity.dataset.DatasetWriter;
import org.comity.dataset.Problem;
import org.comity.domain.Action;
import org.comity.domain.Dataset;
import org.comity.domain.Episode;
import org.comity.domain.Instrument;
import org.comity.domain.PartialDate;
import org.comity.query.BadInputException;

/**
 * {@code comity release DIR}: a dated, versioned bundle of the dataset in {@code DIR/<version>/} — the Data
 * Package as a zip, the same tables as one SQLite file, CHANGES.json (every fact added, changed or removed
 * since the previous release in DIR, by stable id), the descriptor and release.json. The version follows
 * from the changes (see {@link Version}) unless one is given. Nothing is published when the package breaks
 * its own schema, when an id of the previous release vanished without a replacement, or when nothing
 * changed; the bundle is built in a temporary directory and renamed into place whole.
 */
public final class Release {

    /** What a release did: its version and directory, or why there is none. */
    public record Outcome(Releases.Published published, String unchangedSince) {}

    private Release() {}

    public static Outcome write(Dataset d, Path dir, LocalDate today, String askedVersion) {
        try {
            Files.createDirectories(dir);
            Path work = Files.createTempDirectory(dir, ".release-");
            try {
                return build(d, dir, work, today, askedVersion);
            } finally {
                deleteTree(work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Outcome build(Dataset d, Path dir, Path work, LocalDate today, String askedVersion) throws IOException {
        Path pkgDir = work.resolve("package");
        List<Map<String, Object>> descriptor = new ArrayList<>(1);
        DatasetWriter.write(d, pkgDir, (written, tables) -> descriptor.add(DataPackage.describe(written, tables, "0.0.0", today)));
        DataPackage.write(pkgDir, descriptor.get(0));
        PackageData after = PackageData.read(pkgDir);
        refuseIfAny(PackageCheck.check(after));

        Releases.Published previous = Releases.latest(dir);
        PackageData before = previous == null ? null : PackageData.read(previous.dir().resolve(previous.zip().name()));
        if (before != null) refuseIfAny(StableIds.check(before, after));
        Changes changes = Changes.between(before, after);
        if (before != null && changes.isEmpty()) return new Outcome(null, previous.version());

        Version version = version(previous, changes, askedVersion);
        if (Files.exists(dir.resolve(version.toString()))) {
            throw new BadInputException("release " + version + " already exists in " + dir);
        }
        descriptor.get(0).put("version", version.toString());
        DataPackage.write(pkgDir, descriptor.get(0));
        after = PackageData.read(pkgDir);

        Path out = Files.createDirectory(work.resolve("out"));
        String name = About.NAME + "-" + version;
        String created = today.toString();
        List<Releases.File> files = new ArrayList<>();
        zip(pkgDir, after, out.resolve(name + ".zip"), today);
        files.add(file(out, name + ".zip", "application/zip", "The Data Package: datapackage.json and the CSV tables"));
        try {
            SqliteFile.write(after, out.resolve(name + ".sqlite"), About.citation(version.toString(), created, null));
        } catch (SQLException e) {
            throw new IllegalStateException("the SQLite copy could not be written: " + e.getMessage(), e);
        }
        files.add(file(out, name + ".sqlite", "application/vnd.sqlite3", "The same tables as one SQLite database"));
        DataPackage.JSON.writeValue(out.resolve("CHANGES.json").toFile(),
                changes.json(version.toString(), previous == null ? null : previous.version(), created));
        files.add(file(out, "CHANGES.json", "application/json", "What changed since the previous release, fact by fact"));
        Files.copy(pkgDir.resolve(DataPackage.FILE), out.resolve(DataPackage.FILE));
        files.add(file(out, DataPackage.FILE, "application/json", "The Data Package descriptor: tables, fields, keys, licences"));

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", version.toString());
        meta.put("created", created);
        meta.put("previous", previous == null ? null : previous.version());
        meta.put("summary", About.map("added", changes.added.size(), "changed", changes.changed.size(), "removed", changes.removed.size()));
        meta.put("temporal", temporal(d));
        meta.put("citation", About.citation(version.toString(), created, null));
        meta.put("files", files.stream().map(f -> About.map("name", f.name(), "bytes", f.bytes(), "sha256", f.sha256(),
                "mediatype", f.mediatype(), "title", f.title())).toList());
        DataPackage.JSON.writeValue(out.resolve(Releases.RELEASE_FILE).toFile(), meta);

        Path target = dir.resolve(version.toString());
        Files.move(out, target, StandardCopyOption.ATOMIC_MOVE);
        return new Outcome(Releases.in(dir).stream().filter(p -> p.version().equals(version.toString())).findFirst().orElseThrow(), null);
    }

    private static Version version(Releases.Published previous, Changes changes, String asked) {
        Version last = previous == null ? null : Version.parse(previous.version());
        if (asked == null) return last == null ? Version.FIRST : last.next(changes.bump());
        Version v = Version.parse(asked);
        if (v == null) throw new BadInputException("--version '" + asked + "' is not MAJOR.MINOR.PATCH (such as 1.2.0)");
        if (last != null && v.compareTo(last) <= 0) {
            throw new BadInputException("--version " + v + " is not after the previous release " + last);
        }
        return v;
    }

    private static void refuseIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) throw new DatasetException(problems);
    }

    /** The span of the record's dated facts: legal acts, actions, member lists (first and last day named). */
    private static Map<String, Object> temporal(Dataset d) {
        List<PartialDate> dates = new ArrayList<>();
        for (Instrument i : d.instruments()) dates.add(i.date());
        for (Action a : d.actions()) {
            dates.add(a.announced());
            dates.add(a.notice());
            dates.add(a.effective());
        }
        for (Episode e : d.episodes()) {
            dates.add(e.start());
            dates.add(e.end());
        }
        List<PartialDate> known = dates.stream().filter(java.util.Objects::nonNull).sorted().toList();
        if (known.isEmpty()) return null;
        return About.map("start", known.get(0).date().toString(), "end", known.get(known.size() - 1).date().toString());
    }

    /** The package as a zip, datapackage.json first, with fixed times: the same content gives the same bytes. */
    private static void zip(Path pkgDir, PackageData pkg, Path zip, LocalDate today) throws IOException {
        FileTime time = FileTime.from(today.atStartOfDay(ZoneOffset.UTC).toInstant());
        List<String> paths = new ArrayList<>();
        paths.add(DataPackage.FILE);
        for (PackageData.Resource r : pkg.resources.values()) paths.add(r.path());
        try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
            for (String p : paths) {
                ZipEntry e = new ZipEntry(p);
                e.setLastModifiedTime(time);
                z.putNextEntry(e);
                Files.copy(pkgDir.resolve(p), z);
                z.closeEntry();
            }
        }
    }

    private static Releases.File file(Path dir, String name, String mediatype, String title) throws IOException {
        Path f = dir.resolve(name);
        return new Releases.File(name, Files.size(f), DataPackage.sha256(f), mediatype, title);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
