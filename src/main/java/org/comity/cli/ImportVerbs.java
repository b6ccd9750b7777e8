package org.comity.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.comity.App;
import org.comity.cow.CowImporter;
import org.comity.cow.CowMapping;
import org.comity.cow.CowRecord;
import org.comity.domain.Organization;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.dataset.DatasetValidator;
import org.comity.domain.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code comity import KIND DIR}: each importer is atomic — on any bad row nothing is written. */
@Command(name = "import", description = "Load data into the store (atomic).",
        subcommands = {ImportVerbs.DatasetImport.class, ImportVerbs.CowImport.class, FundingVerbs.ImportCeb.class})
final class ImportVerbs {

    private ImportVerbs() {}

    @Command(name = "dataset", description = "Replace the curated dataset with the files of DIR (validated first).")
    static final class DatasetImport extends Verb {

        @Parameters(paramLabel = "DIR", description = "A dataset directory such as data/.")
        Path dir;

        @Option(names = "--dry-run", description = "Read and check everything, say what would change, write nothing.")
        boolean dryRun;

        @Override
        boolean seedsStore() {
            return false;
        }

        @Override
        int run(App app) {
            var parsed = DatasetReader.read(DataFiles.directory(DataFiles.recordDir(dir)));
            DatasetValidator.require(parsed.dataset(), parsed.located());
            String change = "replaces " + summary(app.snapshots().get().dataset()) + " with " + summary(parsed.dataset());
            if (dryRun) {
                note("dry run: checked every file; the import " + change + "; nothing was written");
                return 0;
            }
            note("checked every file; the import " + change);
            // The history keeps every row the import changed, as it keeps a published proposal's.
            var changes = org.comity.curation.FactChange.between(org.comity.curation.RecordRows.of(app.snapshots().get().dataset()),
                    org.comity.curation.RecordRows.of(parsed.dataset()));
            var snapshot = app.snapshots().write(parsed.dataset(), "import dataset " + dir, org.comity.store.DatasetStore.IMPORTED,
                    (h, version) -> org.comity.curation.History.write(h, version, changes));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("imported", dir.toString());
            answer.put("version", snapshot.version());
            answer.put("counts", counts(parsed.dataset()));
            if (format == Format.table) note("imported " + dir + " (" + summary(parsed.dataset()) + ")");
            else print(answer, null);
            return 0;
        }
    }

    @Command(name = "cow", description = "Import the Correlates of War IGO v3 tables of DIR (states2016.csv, igo_year_formatv3.csv).")
    static final class CowImport extends Verb {

        @Parameters(paramLabel = "DIR", description = "The directory of the published COW v3 CSV files.")
        Path dir;

        @Option(names = "--dry-run", description = "Read and check everything, say what would change, write nothing.")
        boolean dryRun;

        @Override
        int run(App app) {
            long t0 = System.nanoTime();
            var snapshot = app.snapshots().get();
            Progress progress = new Progress("import cow", spec.commandLine().getErr());
            CowRecord record = CowImporter.read(dir, CowMapping.read(DataFiles.bundled(DataFiles.Part.MAPPINGS)), snapshot.dataset().states(),
                    snapshot.dataset().organizations().stream().map(Organization::id).collect(Collectors.toSet()), progress);
            progress.done();
            String change = "replaces " + org.comity.store.CowStore.describe(snapshot.cow()) + " with "
                    + org.comity.store.CowStore.describe(record);
            if (dryRun) {
                note("dry run: checked every file; the import " + change + "; nothing was written");
                return 0;
            }
            note("checked every file; the import " + change);
            var written = app.snapshots().writeCow(record, "import cow " + dir);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("imported", dir.toString());
            answer.put("version", written.version());
            answer.put("organizations", record.igos().size());
            answer.put("mapped", record.igos().stream().filter(i -> i.org() != null).count());
            answer.put("episodes", record.episodes().size());
            answer.put("seconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
            if (format == Format.table) {
                note("imported " + dir + ": " + record.igos().size() + " COW organizations (" + answer.get("mapped")
                        + " mapped to Comity's), " + record.episodes().size() + " episodes in " + answer.get("seconds") + " s");
            } else {
                print(answer, null);
            }
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
        m.put("member_lists", d.memberLists().size());
        m.put("episodes", d.episodes().size());
        m.put("member_counts", d.memberCounts().size());
        m.put("withdrawal_rules", d.withdrawalRules().size());
        m.put("checks", d.checks().size());
        m.put("claims", d.claims().size());
        m.put("claim_checks", d.claimChecks().size());
        return m;
    }

    static String summary(Dataset d) {
        StringBuilder b = new StringBuilder();
        counts(d).forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(v).append(' ').append(k.replace('_', ' ')));
        return b.toString();
    }
}
