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
 * As-of questions over the whole merged record (the curated acts, the member lists and the bundled COW
 * history): the snapshot's indexes against a naive scan that applies the same rules to every episode and
 * act of the dataset, measured in the same run; and the time to build the snapshot.
 * Run: bench/run HistoryBench -f 1 -wi 3 -i 5
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HistoryBench {

    private static final LocalDate ON = LocalDate.of(2010, 6, 1);

    private Snapshot snapshot;
    private Answers answers;
    private Organization who;
    private org.comity.domain.State usa;
    private Dataset dataset;
    private CowRecord cow;

    /** The COW history as a fresh install has it: the bundled extract, mapped to the dataset's ids. */
    static CowRecord cow(Dataset d) {
        var extract = org.comity.cow.CowExtract.read(DataFiles.directory(Path.of("data/extracts")));
        return CowImporter.toRecord(extract.igos(), extract.episodes(), CowMapping.read(DataFiles.directory(Path.of("data/mappings"))),
                d.states(), d.organizations().stream().map(Organization::id).collect(Collectors.toSet()));
    }

    @Setup
    public void setUp() {
        dataset = DatasetReader.read(DataFiles.directory(Path.of("data/record"))).dataset();
        cow = cow(dataset);
        snapshot = new Snapshot(dataset, cow, 1);
        answers = new Answers(snapshot);
        who = snapshot.org("who");
        usa = snapshot.state("USA");
    }

    @Benchmark
    public int membersIndexed() {
        return answers.members(who, ON).size();
    }

    /**
     * Baseline: the same rules with no index — for every state named anywhere, scan every list episode,
     * every COW episode and every act for the pair, choose the record as RecordLayers does, and ask the
     * status rule.
     */
    @Benchmark
    public int membersNaiveScan() {
        Set<String> states = new java.util.LinkedHashSet<>();
        for (Episode e : dataset.episodes()) if (e.org().equals("who")) states.add(e.state());
        for (Episode e : cow.episodes()) if (e.org().equals("who")) states.add(e.state());
        int n = 0;
        for (String st : states) if (naiveStatus(st, "who").belongs()) n++;
        return n;
    }

    @Benchmark
    public Object statusIndexed() {
        return answers.status(usa, who, ON).answer().status();
    }

    @Benchmark
    public Object statusNaiveScan() {
        return naiveStatus("USA", "who").status();
    }

    private org.comity.domain.rules.StatusAnswer naiveStatus(String state, String orgId) {
        List<Episode> listed = new ArrayList<>();
        for (Episode e : dataset.episodes()) if (e.state().equals(state) && e.org().equals(orgId)) listed.add(e);
        List<Episode> fromCow = new ArrayList<>();
        for (Episode e : cow.episodes()) if (e.state().equals(state) && e.org().equals(orgId)) fromCow.add(e);
        List<org.comity.domain.Action> acts = new ArrayList<>();
        for (var a : dataset.actions()) if (a.state().equals(state) && a.org().equals(orgId)) acts.add(a);
        org.comity.domain.MemberList list = null;
        for (var l : dataset.memberLists()) if (l.org().equals(orgId)) list = l;
        org.comity.domain.WithdrawalRule clause = null;
        for (var w : dataset.withdrawalRules()) if (w.org().equals(orgId)) clause = w;
        boolean listCovers = list != null && list.complete(ON);
        boolean byList = listCovers || listed.stream().anyMatch(e -> e.covers(ON));
        return org.comity.domain.rules.StatusRule.statusOn(ON, true, byList ? listed : fromCow, byList ? listCovers : true, acts, clause);
    }

    /** Building the snapshot of the whole record from its parsed rows (what a start or a write does). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Snapshot buildSnapshot() {
        return new Snapshot(dataset, cow, 2);
    }

    /** Prints the heap the snapshot of the whole record holds: bench/run's classpath, main class HistoryBench. */
    public static void main(String[] args) {
        Dataset d = DatasetReader.read(DataFiles.directory(Path.of("data/record"))).dataset();
        CowRecord c = cow(d);
        long before = used();
        Snapshot s = new Snapshot(d, c, 1);
        long after = used();
        System.out.printf("snapshot of %,d list episodes and %,d COW episodes: %.1f MB of heap beyond its parsed rows%n",
                d.episodes().size(), c.episodes().size(), (after - before) / 1e6);
        System.out.println(s.version());
    }

    private static long used() {
        for (int i = 0; i < 5; i++) System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
