package org.comity.linking;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.comity.bench.LinkerBench;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.snapshot.Snapshot;
import org.openjdk.jmh.annotations.*;

/** The automaton's scan alone (lanes, dropped chars, start offsets) on LinkerBench's text: how much of linking it is. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScanBench {
    String text;
    KeyScanner scanner;

    @Setup
    public void setUp() throws Exception {
        LinkerBench b = new LinkerBench();
        b.setUp();
        text = b.text();
        scanner = Linker.of(new Snapshot(DatasetReader.read(DataFiles.directory(Path.of("data/record"))).dataset(), 1)).dictionary().scanner();
    }

    @Benchmark
    public Hits scan() {
        char[] chars = text.toCharArray();
        Hits h = new Hits(chars.length / 16);
        scanner.scan(text, chars, h);
        return h;
    }
}
