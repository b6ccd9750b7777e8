package org.comity.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.comity.query.BadInputException;
import org.comity.snapshot.Snapshot;

/**
 * `comity watch FILE|DIR`: reads official documents (Federal Register API JSON, with its text beside it; UN
 * depositary notifications as text), finds the acts they state and checks them against the record. It only
 * reports: what a curator proposes from it goes through review like every other change.
 */
public final class Watch {

    /** A document with its findings, checked against the record, and what it names that the record does not hold. */
    public record Report(WatchDocument document, List<WatchFinding> findings, List<String> unresolved) {}

    /**
     * What a curator files for review from one document: a one-line summary and the rows it adds, keyed by the
     * file of data/record (the shape a proposal takes). Only documents with new findings give one.
     */
    public record Draft(String document, String summary, Map<String, List<Map<String, String>>> rows) {}

    private Watch() {}

    /** The drafts of the documents that state something the record does not hold yet. */
    public static List<Draft> drafts(Snapshot s, List<Report> reports, LocalDate seen) {
        List<Draft> out = new ArrayList<>();
        for (Report r : reports) {
            if (r.findings().stream().allMatch(WatchFinding::recorded)) continue;
            out.add(new Draft(r.document().id(), Drafts.summary(r.document(), r.findings()), Drafts.rows(s, r.document(), r.findings(), seen)));
        }
        return out;
    }

    /** The documents of a file, or of every .json and notification .txt file of a directory (by name). */
    public static List<WatchDocument> read(Path path) {
        if (!Files.exists(path)) throw new BadInputException("cannot read " + path + ": no such file or directory");
        if (!Files.isDirectory(path)) return List.of(readFile(path, true));
        List<WatchDocument> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(path)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".json")) out.add(readFile(p, true));
                else if (name.endsWith(".txt") && !Files.exists(p.resolveSibling(name.substring(0, name.length() - 4) + ".json"))) {
                    WatchDocument d = readFile(p, false);
                    if (d != null) out.add(d);
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read " + path + ": " + e.getMessage());
        }
        if (out.isEmpty()) throw new BadInputException(path + " holds no Federal Register document (.json) or depositary notification (.txt)");
        return out;
    }

    private static WatchDocument readFile(Path p, boolean required) {
        String name = p.getFileName().toString();
        if (name.endsWith(".json")) return FederalRegister.read(p);
        String text;
        try {
            text = Files.readString(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read " + p + ": no such file");
        } catch (IOException e) {
            throw new BadInputException("cannot read " + p + ": " + e.getMessage());
        }
        if (!DepositaryNotification.looksLikeOne(text)) {
            if (!required) return null;
            throw new BadInputException(p + ": neither a Federal Register API document (.json) nor a depositary notification (C.N. text)");
        }
        var ref = DepositaryNotification.REFERENCE.matcher(text);
        ref.find();
        return DepositaryNotification.read(text, p.toString(), DepositaryNotification.address(ref.group()));
    }

    public static List<Report> reports(Snapshot s, List<WatchDocument> documents) {
        List<Report> out = new ArrayList<>();
        for (WatchDocument d : documents) out.add(new Report(d, Recorded.check(s, d, Findings.of(s, d)), Findings.unresolved(s, d)));
        return out;
    }

    /** The JSON shape of `comity watch --format json` (docs/contract.md). */
    public static Map<String, Object> shape(Snapshot s, Report r, LocalDate seen) {
        WatchDocument d = r.document();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", d.id());
        m.put("format", d.format());
        m.put("kind", d.kind().code());
        m.put("title", d.title());
        m.put("url", d.url());
        m.put("citation", d.citation());
        m.put("findings", r.findings().stream().map(Watch::finding).toList());
        m.put("new", r.findings().stream().filter(f -> !f.recorded()).count());
        m.put("recorded", r.findings().stream().filter(WatchFinding::recorded).count());
        m.put("unresolved", r.unresolved());
        m.put("summary", Drafts.summary(d, r.findings()));
        m.put("draft", Drafts.rows(s, d, r.findings(), seen));
        return m;
    }

    public static Map<String, Object> finding(WatchFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", f.document());
        m.put("kind", f.kind());
        m.put("state", f.state());
        m.put("org", f.org());
        m.put("action", f.action().code());
        m.put("announced", str(f.announced()));
        m.put("notice", str(f.notice()));
        m.put("effective", str(f.effective()));
        m.put("url", f.url());
        m.put("title", f.title());
        m.put("excerpt", f.excerpt());
        m.put("status", f.status());
        m.put("recorded_in", f.recordedIn());
        m.put("recorded_as", f.recordedAs() == null ? null : f.recordedAs().code());
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
