package org.comity.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.linking.LibraryScanner;
import org.comity.linking.Linker;
import org.comity.linking.Linking;
import org.comity.linking.Mention;
import org.comity.query.Answers;
import org.comity.snapshot.Snapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Linking throughput on about 1 MB (UTF-8) of mixed Chinese and English news text: the seed article and
 * English sentences naming organizations, repeated. Against it, in the same run, the naive way: for each
 * dictionary form, String.indexOf over the whole text. MB/s = ops/s × {@link #bytes} / 10^6 (printed at
 * setup). Run: bench/run LinkerBench -f 1 -wi 3 -i 5 -w 2s -r 2s
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LinkerBench {

    public static final String ENGLISH = String.join(" ",
            "The United States said on Wednesday it would leave the UN Framework Convention on Climate Change (UNFCCC),",
            "the International Renewable Energy Agency and the International Solar Alliance (ISA).",
            "Officials at the World Health Organization (WHO) and UNESCO declined to comment, while NATO allies",
            "and the NATO Parliamentary Assembly were not affected. The International Seabed Authority met in Kingston;",
            "the ILO and the International Law Commission were not on the list. Critics said the idea that",
            "the UN Population Fund or UN Women were wasteful was wrong, and the Intergovernmental Panel on Climate",
            "Change (IPCC) warned of the consequences. The Regional Cooperation Agreement on Combatting Piracy and",
            "Armed Robbery against Ships in Asia (ReCAAP) and the Pan-American Institute of Geography and History",
            "were also named, as were the Global Counterterrorism Forum and International IDEA.\n");

    Linker linker;
    LibraryScanner library;
    Answers answers;
    org.comity.domain.State usa;
    String text;

    public String text() {
        return text;
    }
    List<String> forms;
    /** Size of the text in UTF-8 bytes: the "MB" of MB/s. */
    int bytes;

    @Setup
    public void setUp() throws Exception {
        var parsed = DatasetReader.read(DataFiles.directory(Path.of("data/record")));
        Snapshot s = new Snapshot(parsed.dataset(), 1);
        linker = Linker.of(s);
        library = LibraryScanner.of(linker);
        answers = new Answers(s);
        usa = s.state("USA");
        Path seed = Path.of(System.getenv().getOrDefault("COMITY_SHARED", "../shared"),
                "seed/yicai-2026-01-08-us-exits-66-organizations.zh.txt");
        String article = Files.exists(seed) ? Files.readString(seed) : "";
        StringBuilder b = new StringBuilder();
        while (b.toString().getBytes(StandardCharsets.UTF_8).length < 1_000_000) {
            for (int i = 0; i < 20; i++) b.append(article).append('\n').append(ENGLISH);
        }
        text = b.toString();
        bytes = text.getBytes(StandardCharsets.UTF_8).length;
        forms = linker.dictionary().forms();
        System.out.printf("%nLinkerBench text: %d UTF-8 bytes, %d chars, %d mentions; %d dictionary forms%n",
                bytes, text.length(), linker.link(text).size(), forms.size());
    }

    /** Mentions only: normalise, scan with the automaton, resolve overlaps, brackets and ambiguity. */
    @Benchmark
    public List<Mention> link() {
        return linker.link(text);
    }

    /** The same linking with org.ahocorasick's trie as the scanner: why the linker uses its own automaton. */
    @Benchmark
    public List<Mention> linkUsingLibraryScanner() {
        return library.link(text);
    }

    /** What `comity link` computes before printing: mentions with each organization's status for USA. */
    @Benchmark
    public Object linkWithStatus() {
        return Linking.link(answers, text, usa, LocalDate.of(2026, 6, 1));
    }

    /** The naive baseline: every form, String.indexOf over the raw text, counting occurrences. */
    @Benchmark
    public int naiveIndexOf() {
        int found = 0;
        for (String f : forms) {
            int at = text.indexOf(f);
            while (at >= 0) {
                found++;
                at = text.indexOf(f, at + f.length());
            }
        }
        return found;
    }
}
