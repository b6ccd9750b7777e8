package org.comity.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.comity.App;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.dataset.DatasetValidator;
import org.comity.domain.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code comity import KIND DIR}: each importer is atomic — on any bad row nothing is written. */
@Command(name = "import", description = "Load data into the store (atomic).",
        subcommands = {ImportVerbs.DatasetImport.class, FundingVerbs.ImportCeb.class})
final class ImportVerbs {

    private ImportVerbs() {}

    @Command(name = "dataset", description = "Replace the curated dataset with the files of DIR (validated first).")
    static final class DatasetImport extends Verb {

        @Parameters(paramLabel = "DIR", description = "A dataset directory such as data/.")
        Path dir;

        @Override
        boolean seedsStore() {
            return false;
        }

        @Override
        int run(App app) {
            var parsed = DatasetReader.read(DataFiles.directory(dir));
            DatasetValidator.require(parsed.dataset(), parsed.located());
            var snapshot = app.snapshots().write(parsed.dataset(), "import dataset " + dir);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("imported", dir.toString());
            answer.put("version", snapshot.version());
            answer.put("counts", counts(parsed.dataset()));
            if (format == Format.table) note("imported " + dir + " (" + summary(parsed.dataset()) + ")");
            else print(answer, null);
            return 0;
        }
    }

    static Map<String, Object> counts(Dataset d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sources", d.sources().size());
        m.put("organizations", d.organizations().size());
        m.put("aliases", d.aliases().size());
        m.put("states", d.states().size());
        m.put("instruments", d.instruments().size());
        m.put("actions", d.actions().size());
        m.put("episodes", d.episodes().size());
        m.put("withdrawal_rules", d.withdrawalRules().size());
        m.put("claims", d.claims().size());
        return m;
    }

    static String summary(Dataset d) {
        StringBuilder b = new StringBuilder();
        counts(d).forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(v).append(' ').append(k.replace('_', ' ')));
        return b.toString();
    }
}
