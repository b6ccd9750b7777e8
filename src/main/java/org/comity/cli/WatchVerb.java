package org.comity.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comity.App;
import org.comity.watch.Watch;
import org.comity.watch.WatchFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "watch", description = "Reads official documents (Federal Register API JSON with its text beside it, "
        + "UN depositary notifications) and prints each withdrawal, notice, return or cut they state, checked against "
        + "the record. It never changes the record: new findings are drafts for a curator to propose.")
final class WatchVerb extends Verb {

    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "A document, or a directory of them.")
    String path;

    @Override
    int run(App app) {
        var s = app.answers().snapshot();
        List<Watch.Report> reports = Watch.reports(s, Watch.read(Path.of(path)));
        if (format == Format.json) {
            print(reports.stream().map(r -> Watch.shape(s, r, app.today().date())).toList(), null);
        } else {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Watch.Report r : reports) for (WatchFinding f : r.findings()) rows.add(Watch.finding(f));
            print(rows, List.of("document", "state", "org", "action", "announced", "notice", "effective", "status"));
        }
        long fresh = reports.stream().flatMap(r -> r.findings().stream()).filter(f -> !f.recorded()).count();
        long all = reports.stream().mapToLong(r -> r.findings().size()).sum();
        for (Watch.Report r : reports) {
            for (String u : r.unresolved()) note(r.document().id() + ": names no organization of the record: " + u);
        }
        note(reports.size() + " documents, " + all + " findings: " + fresh + " new, " + (all - fresh) + " already recorded");
        return 0;
    }
}
