package org.comity.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.comity.App;
import org.comity.dataset.DataFiles;
import org.comity.funding.CebImport;
import org.comity.funding.CebImporter;
import org.comity.funding.CebMapping;
import org.comity.funding.FundingExtract;
import org.comity.funding.FundingStore;
import org.comity.api.FundingShapes;
import org.comity.funding.FundingHolder;
import org.comity.funding.LeavingStates;
import org.comity.query.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The funding verbs: {@code import ceb DIR} (registered under {@code import}), and {@code funding
 * extract|revenue|donor} for the bundled extract and the two funding queries.
 */
@Command(name = "funding", description = "UN system funding figures (CEB financial statistics).",
        subcommands = {FundingVerbs.Extract.class, FundingVerbs.Revenue.class, FundingVerbs.Donor.class})
final class FundingVerbs {

    private FundingVerbs() {}

    /** Where the mapping files come from: a directory given with --mapping (or a data directory holding mappings/), else the bundled ones. */
    static DataFiles mappingFiles(Path dir) {
        if (dir == null) return DataFiles.bundled(DataFiles.Part.MAPPINGS);
        Path mappings = dir.resolve(DataFiles.Part.MAPPINGS.dir);
        return DataFiles.directory(java.nio.file.Files.isDirectory(mappings) ? mappings : dir);
    }

    /**
     * The CEB files of {@code dir} read and checked on a thread of their own, started before the store opens:
     * they need nothing from it, and the two take about as long.
     */
    static CompletableFuture<CebImporter> readAhead(Path dir, Consumer<String> progress) {
        return CompletableFuture.supplyAsync(() -> CebImporter.parse(dir, progress), task -> {
            Thread t = new Thread(task, "comity-ceb-read");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The files read ahead, named with the mapping files, whose ids are checked against the stored dataset. */
    static CebImport readCeb(App app, CompletableFuture<CebImporter> read, Path mappingDir) {
        CebMapping mapping = CebMapping.read(mappingFiles(mappingDir), app.store().registry());
        try {
            return read.join().map(mapping);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    static Map<String, Object> report(CebImport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", r.files());
        m.put("revenue_rows", r.data().revenue().size());
        m.put("government_total_rows", r.data().governmentTotals().size());
        m.put("contribution_rows", r.data().contributions().size());
        m.put("years", r.data().years().isEmpty() ? null
                : r.data().years().get(0) + "-" + r.data().years().get(r.data().years().size() - 1));
        m.put("unmapped_entities", r.unmappedEntities());
        m.put("unmapped_donors", r.unmappedDonors());
        return m;
    }

    @Command(name = "ceb", description = "Replace the funding figures with the CEB financial statistics files of DIR (atomic).")
    static final class ImportCeb extends Verb {

        @Parameters(paramLabel = "DIR", description = "A directory of CEB CSV files, e.g. ../shared/data/ceb.")
        Path dir;

        @Option(names = "--mapping", paramLabel = "DIR",
                description = "Directory holding ceb-mapping.csv and ceb-donors.csv (default: the bundled dataset).")
        Path mapping;

        @Option(names = "--dry-run", description = "Read and check everything, say what would change, write nothing.")
        boolean dryRun;

        private CompletableFuture<CebImporter> read;

        @Override
        void beforeOpen() {
            read = readAhead(dir, this::note);
        }

        /** The import checks ids and names against the store; the memberships and their indexes are never built. */
        @Override
        App.Load load() {
            return App.Load.WHEN_ASKED;
        }

        @Override
        int run(App app) {
            CebImport r = readCeb(app, read, mapping);
            FundingStore store = new FundingStore(app.database());
            String change = "replaces " + store.describeStored() + " with " + FundingStore.describe(r.data());
            if (dryRun) {
                note("dry run: checked every file; the import " + change + "; nothing was written");
                return 0;
            }
            note("checked every file; the import " + change + " ...");
            long version = store.replace(r.data(), "import ceb " + dir);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("imported", dir.toString());
            answer.put("funding_version", version);
            answer.putAll(report(r));
            if (format == Format.table) {
                note("imported " + dir + ": " + r.data().revenue().size() + " revenue rows, " + r.data().contributions().size()
                        + " contributions (" + answer.get("years") + ")");
                r.unmappedEntities().forEach(u -> note("unmapped entity " + u.get("ceb_entity") + " (" + u.get("years") + "): " + u.get("reason")));
                r.unmappedDonors().forEach(u -> note("unmapped donor " + u.get("donor") + " (" + u.get("rows") + " rows)"));
            } else {
                print(answer, null);
            }
            return 0;
        }
    }

    @Command(name = "extract", description = "Write the bundled funding extract (extracts/funding/*.csv) from CEB files: "
            + "comity funding extract CEBDIR DATADIR (DATADIR is normally data/).")
    static final class Extract extends Verb {

        @Parameters(index = "0", paramLabel = "CEBDIR", description = "A directory of CEB CSV files.")
        Path dir;

        @Parameters(index = "1", paramLabel = "DATADIR", description = "The data directory; files go to DATADIR/extracts/funding/.")
        Path out;

        @Option(names = "--mapping", paramLabel = "DIR", description = "Directory holding the mapping files (default: bundled).")
        Path mapping;

        private CompletableFuture<CebImporter> read;

        @Override
        void beforeOpen() {
            read = readAhead(dir, this::note);
        }

        @Override
        int run(App app) {
            CebImport r = readCeb(app, read, mapping);
            Set<String> states = LeavingStates.of(app.snapshots().get());
            List<Path> written = FundingExtract.write(r.data(), states, out);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("written", written.stream().map(Path::toString).toList());
            answer.put("states", states.stream().sorted().toList());
            answer.putAll(report(r));
            if (format == Format.table) written.forEach(p -> note("wrote " + p));
            else print(answer, null);
            return 0;
        }
    }

    @Command(name = "revenue", description = "An organization's revenue by year and type, with government donors' share.")
    static final class Revenue extends Verb {

        @Parameters(paramLabel = "ORG", description = "Id, name, acronym or alias.")
        String org;

        @Option(names = "--year", description = "Only this calendar year.")
        Integer year;

        @Override
        int run(App app) {
            var o = Lookup.org(app.snapshots().get(), org);
            print(FundingShapes.revenue(app.snapshots().get(), new FundingHolder(app.database()).get(), o, year), null);
            return 0;
        }
    }

    @Command(name = "donor", description = "What a state gave each organization in a year, by type, with its shares.")
    static final class Donor extends Verb {

        @Parameters(paramLabel = "STATE", description = "ISO alpha-3 code or name.")
        String state;

        @Option(names = "--year", description = "Calendar year (default: the latest with data).")
        Integer year;

        @Override
        int run(App app) {
            var s = Lookup.state(app.snapshots().get(), state);
            print(FundingShapes.donor(app.snapshots().get(), new FundingHolder(app.database()).get(), s, year), null);
            return 0;
        }
    }
}
