package org.comity.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.comity.cow.CowImporter;
import org.comity.cow.CowMapping;
import org.comity.cow.CowRecord;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.domain.Dataset;
import org.comity.domain.Episode;
import org.comity.domain.Organization;
import org.comity.query.Answers;
import org.comity.snapshot.Snapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/**
 * As-of queries over the full COW v3 import plus the curated data: the snapshot's indexes against a naive
 * linear scan over every episode, measured in the same run. Needs COMITY_SHARED (default ../shared).
 * Run: bench/run HistoryBench -f 1 -wi 3 -i 5
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HistoryBench {

    private static final LocalDate ON = LocalDate.of(2010, 6, 1);

    private Answers answers;
    private Organization who;
    private org.comity.domain.State usa;
    private List<Episode> all;

    static Path cowDir() {
        String shared = System.getenv().getOrDefault("COMITY_SHARED", "../shared");
        return Path.of(shared, "data", "cow-igo-v3");
    }

    static CowRecord cow(Dataset d) {
        return CowImporter.read(cowDir(), CowMapping.read(DataFiles.directory(Path.of("data/mappings"))), d.states(),
                d.organizations().stream().map(Organization::id).collect(Collectors.toSet()), null);
    }

    @Setup
    public void setUp() {
        Dataset d = DatasetReader.read(DataFiles.directory(Path.of("data/record"))).dataset();
        CowRecord cow = cow(d);
        Snapshot s = new Snapshot(d, cow, 1);
        answers = new Answers(s);
        who = s.org("who");
        usa = s.state("USA");
        all = new ArrayList<>(d.episodes());
        all.addAll(cow.episodes());
    }

    @Benchmark
    public int membersIndexed() {
        return answers.members(who, ON).size();
    }

    /** Baseline: every episode of both records, filtered (curated pairs win, as in the indexed answer). */
    @Benchmark
    public int membersNaiveScan() {
        Set<String> curated = new java.util.HashSet<>();
        for (Episode e : all) if (e.org().equals("who") && !e.sources().contains(CowRecord.SOURCE)) curated.add(e.state());
        int n = 0;
        for (Episode e : all) {
            if (!e.org().equals("who") || !e.covers(ON)) continue;
            boolean fromCow = e.sources().contains(CowRecord.SOURCE);
            if (!fromCow || !curated.contains(e.state())) n++;
        }
        return n;
    }

    @Benchmark
    public Object statusIndexed() {
        return answers.status(usa, who, ON).answer().status();
    }

    /** Baseline: find the pair's episodes by scanning everything, then the same rule. */
    @Benchmark
    public Object statusNaiveScan() {
        List<Episode> pair = new ArrayList<>();
        for (Episode e : all) if (e.state().equals("USA") && e.org().equals("who") && !e.sources().contains(CowRecord.SOURCE)) pair.add(e);
        return org.comity.domain.rules.StatusRule.statusOn(ON, true, pair, true, List.of(), null).status();
    }

    /** The import itself, files to record (without the database write), one shot per iteration. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int importCowFiles(ImportState st) {
        return cow(st.dataset).episodes().size();
    }

    @org.openjdk.jmh.annotations.State(Scope.Benchmark)
    public static class ImportState {
        Dataset dataset;

        @Setup
        public void setUp() {
            dataset = DatasetReader.read(DataFiles.directory(Path.of("data/record"))).dataset();
        }
    }
}
