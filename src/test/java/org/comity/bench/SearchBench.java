package org.comity.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.domain.Dataset;
import org.comity.search.SearchIndex;
import org.comity.snapshot.Snapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/**
 * One search over the bundled record and COW history: the ranked Lucene index against the substring
 * scan it replaced (every name key of the snapshot tested with contains), measured in the same run; and
 * the time to build the index, paid once per snapshot.
 * Run: bench/run SearchBench -f 1 -wi 3 -i 5
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBench {

    @Param({"US", "Unesko", "climate change convention", "巴黎协议"})
    public String query;

    private Snapshot snapshot;
    private SearchIndex index;

    @Setup
    public void setUp() {
        Dataset d = DatasetReader.read(DataFiles.directory(Path.of("data/record"))).dataset();
        snapshot = new Snapshot(d, HistoryBench.cow(d), 1);
        index = SearchIndex.of(snapshot);
    }

    @Benchmark
    public SearchIndex.Result rankedIndex() {
        return index.search(query, 50);
    }

    @Benchmark
    public List<String> substringScan() {
        List<String> orgs = snapshot.orgsMatching(query);
        List<String> states = snapshot.statesMatching(query);
        return orgs.size() > states.size() ? orgs : states;
    }

    /** A snapshot whose index is not built yet, made before each build is timed. */
    @org.openjdk.jmh.annotations.State(Scope.Thread)
    public static class Fresh {
        Snapshot snapshot;

        @Setup(org.openjdk.jmh.annotations.Level.Iteration)
        public void make(SearchBench bench) {
            snapshot = new Snapshot(bench.snapshot.dataset(), bench.snapshot.cow(), 2);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SearchIndex buildIndex(Fresh fresh) {
        return SearchIndex.of(fresh.snapshot);
    }
}
