package org.comity.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.App;
import org.comity.release.Release;
import org.comity.release.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "release", description = "Write a dated, versioned release of the store's dataset into DIR/<version>/: the Data "
        + "Package as a zip, the same tables as one SQLite file, and CHANGES.json (what changed since the previous release in DIR).")
final class ReleaseVerb extends Verb {

    @Parameters(paramLabel = "DIR", description = "The releases directory (the one `serve --releases` serves).")
    Path dir;

    @Option(names = "--version", paramLabel = "X.Y.Z",
            description = "The version (default: the previous one raised as the changes require; 1.0.0 for the first).")
    String version;

    @Override
    int run(App app) {
        Release.Outcome outcome = Release.write(app.snapshots().get().dataset(), dir, app.today().date(), version);
        if (outcome.published() == null) {
            note("nothing changed since release " + outcome.unchangedSince() + "; no release written");
            return 0;
        }
        Releases.Published p = outcome.published();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", p.version());
        answer.put("created", p.created());
        answer.put("previous", p.previous());
        answer.put("added", p.added());
        answer.put("changed", p.changed());
        answer.put("removed", p.removed());
        answer.put("dir", p.dir().toString());
        answer.put("files", p.files().stream().map(Releases.File::name).toList());
        print(answer, List.of("version", "created", "previous", "added", "changed", "removed", "dir"));
        return 0;
    }
}
