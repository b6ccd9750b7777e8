package org.comity.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.App;
import org.comity.cow.CowExtract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code comity cow extract}: the bundled COW history (data/extracts/cow/) from the published files. */
@Command(name = "cow", description = "The Correlates of War IGO history bundled with Comity.",
        subcommands = {CowVerbs.Extract.class})
final class CowVerbs {

    private CowVerbs() {}

    @Command(name = "extract", description = "Write the bundled COW history (extracts/cow/*.csv) from the published "
            + "COW IGO v3 files: comity cow extract COWDIR DATADIR (DATADIR is normally data/).")
    static final class Extract extends Verb {

        @Parameters(index = "0", paramLabel = "COWDIR", description = "The directory of the published COW v3 CSV files.")
        Path dir;

        @Parameters(index = "1", paramLabel = "DATADIR", description = "The data directory; files go to DATADIR/extracts/cow/.")
        Path out;

        @Override
        boolean needsStore() {
            return false;
        }

        @Override
        int run(App unused) {
            Progress progress = new Progress("cow extract", spec.commandLine().getErr());
            List<Path> written = CowExtract.write(dir, out, progress);
            progress.done();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("written", written.stream().map(Path::toString).toList());
            if (format == Format.table) written.forEach(p -> note("wrote " + p));
            else print(answer, null);
            return 0;
        }
    }
}
