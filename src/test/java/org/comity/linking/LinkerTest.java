package org.comity.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.snapshot.Snapshot;
import org.comity.support.Shared;
import org.junit.jupiter.api.Test;

/** The linker on the seed article (against a fixture written by reading it) and on the hard cases. */
class LinkerTest {

    private static Snapshot snapshot;
    private static Linker linker;

    /** The curated dataset of data/, read once for every linking test. */
    static synchronized Snapshot snapshot() {
        if (snapshot == null) {
            var parsed = DatasetReader.read(DataFiles.directory(Path.of("data/record")));
            snapshot = new Snapshot(parsed.dataset(), 1);
        }
        return snapshot;
    }

    static synchronized Linker linker() {
        if (linker == null) linker = Linker.of(snapshot());
        return linker;
    }

    record Expected(String text, String org) {}

    private static List<Expected> fixture() throws IOException {
        List<Expected> out = new ArrayList<>();
        try (InputStream in = LinkerTest.class.getResourceAsStream("/linking/yicai-2026-01-08.expected.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                int comma = line.lastIndexOf(',');
                out.add(new Expected(line.substring(0, comma), line.substring(comma + 1)));
            }
        }
        return out;
    }

    @Test
    void seedArticleIsLinkedWithFullRecallAndPrecision() throws IOException {
        String article = Files.readString(Shared.require("seed/yicai-2026-01-08-us-exits-66-organizations.zh.txt"));
        List<Mention> mentions = linker().link(article);
        List<Expected> found = mentions.stream().map(m -> new Expected(m.text(), m.org())).toList();
        List<Expected> expected = fixture();
        long right = found.stream().filter(expected::contains).count();
        assertThat(right).as("recall and precision").isEqualTo(expected.size()).isEqualTo(found.size());
        assertThat(found).containsExactlyElementsOf(expected);
        for (Mention m : mentions) {
            assertThat(article.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.ambiguous()).isFalse();
        }
        assertThat(found).doesNotContain(new Expected("第一财经", null)).noneMatch(e -> e.text().contains("新华社"));
    }

    @Test
    void aBracketedAcronymAfterANameIsOneMention() {
        List<Mention> m = linker().link("从《联合国气候变化框架公约》(UNFCCC)到国际可再生能源署（IRENA）。");
        assertThat(m).extracting(Mention::text).containsExactly("《联合国气候变化框架公约》(UNFCCC)", "国际可再生能源署（IRENA）");
        assertThat(m).extracting(Mention::basis).containsOnly("name+acronym");
        List<Mention> en = linker().link("the International Solar Alliance (ISA) met");
        assertThat(en).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("International Solar Alliance (ISA)");
            assertThat(x.org()).isEqualTo("isa-solar");
        });
    }

    @Test
    void aSharedAcronymAloneIsAmbiguousWithItsCandidates() {
        List<Mention> m = linker().link("The ISA met on Tuesday.");
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.org()).isNull();
            assertThat(x.basis()).isEqualTo("ambiguous");
            assertThat(x.candidates()).containsExactlyInAnyOrder("isa-solar", "isa-seabed");
            assertThat(x.text()).isEqualTo("ISA");
        });
    }

    @Test
    void contextWordsSettleASharedAcronym() {
        assertThat(only("The ISA wants more solar power in Africa.").org()).isEqualTo("isa-solar");
        assertThat(only("美国退出ISA，这个太阳能组织总部在印度。").org()).isEqualTo("isa-solar");
        assertThat(only("The ISA regulates deep sea mining of the seabed.").org()).isEqualTo("isa-seabed");
        assertThat(only("The ILC adopted draft articles on the law of treaties.").org()).isEqualTo("ilc");
        assertThat(only("The ILC, where workers and employers sit with governments, met in June.").org()).isEqualTo("ilo");
        assertThat(only("The ISA met on Tuesday.").basis()).isEqualTo("ambiguous");
    }

    @Test
    void aNameElsewhereInTheTextSettlesASharedAcronym() {
        List<Mention> m = linker().link("The International Seabed Authority met in May. Later the ISA said no.");
        assertThat(m).extracting(Mention::org).containsExactly("isa-seabed", "isa-seabed");
        assertThat(m.get(1).basis()).isEqualTo("co-occurrence");
        assertThat(m.get(1).candidates()).containsExactlyInAnyOrder("isa-solar", "isa-seabed");
    }

    @Test
    void theUnitedNationsBeforeTheNameOfAUnBodyIsPartOfItsMention() {
        assertThat(only("联合国世界气象组织确认").org()).isEqualTo("wmo");
        assertThat(only("联合国世界气象组织确认").text()).isEqualTo("联合国世界气象组织");
        assertThat(only("the UN's International Law Commission adopted").text()).isEqualTo("UN's International Law Commission");
        assertThat(only("UN ESCAP in Bangkok").org()).isEqualTo("escap");
        // Apart, or before a body outside the UN system, they stay two mentions.
        assertThat(linker().link("联合国和世界气象组织")).extracting(Mention::org).containsExactly("un", "wmo");
        assertThat(linker().link("the UN NATO summit")).extracting(Mention::org).containsExactly("un", "nato");
    }

    @Test
    void acronymsMatchOnlyAsWholeTokensInTheirOwnCase() {
        assertThat(linker().link("It was a good idea, who knows, un peu, a neat itc of ideas.")).isEmpty();
        assertThat(linker().link("The IDEAS festival; WHOLE; UNESCOs; NATOPA")).isEmpty();
        assertThat(only("International IDEA published a report.").org()).isEqualTo("international-idea");
        assertThat(only("退出WHO的决定").org()).isEqualTo("who");
        assertThat(only("Quit the WHO.").org()).isEqualTo("who");
        assertThat(only("UNESCO's budget and").org()).isEqualTo("unesco");
        assertThat(only("the WHO’s director").org()).isEqualTo("who");
        assertThat(linker().link("UNESCO'sx; UNESCO'S")).hasSize(1);
    }

    @Test
    void longNamesIgnoreCaseAndWinOverTheNamesInsideThem() {
        assertThat(only("THE WORLD HEALTH ORGANIZATION SAID").org()).isEqualTo("who");
        assertThat(only("the world health organization said").org()).isEqualTo("who");
        assertThat(only("联合国教科文组织世界遗产委员会开会").org()).isEqualTo("world-heritage-committee");
        assertThat(only("联合国人口基金").org()).isEqualTo("unfpa");
    }

    @Test
    void normalisationFindsVariantsAndMapsOffsetsBackToTheOriginal() {
        String traditional = "美國退出聯合國氣候變化框架公約";
        Mention t = only(traditional);
        assertThat(t.org()).isEqualTo("unfccc");
        assertThat(traditional.substring(t.start(), t.end())).isEqualTo("聯合國氣候變化框架公約");

        assertThat(only("世界衞生組織宣布").org()).isEqualTo("who");
        assertThat(only("聯合國開發計畫署發布報告").org()).isEqualTo("undp");

        String fullWidth = "退出ＵＮＦＣＣＣ。";
        assertThat(only(fullWidth).org()).isEqualTo("unfccc");
        assertThat(only(fullWidth).text()).isEqualTo("ＵＮＦＣＣＣ");

        String spaced = "😀 the United  Nations\nFramework Convention on Climate Change said";
        Mention u = only(spaced);
        assertThat(u.org()).isEqualTo("unfccc");
        assertThat(u.text()).isEqualTo("United  Nations\nFramework Convention on Climate Change");
        assertThat(spaced.substring(u.start(), u.end())).isEqualTo(u.text());

        assertThat(only("the Regional Cooperation Agreement on Combatting Piracy and Armed Robbery against Ships in Asia")
                .org()).isEqualTo("recaap");
        assertThat(only("the Pan American Institute of Geography and History").org()).isEqualTo("paigh");
        assertThat(only("UN‑Habitat").org()).isEqualTo("un-habitat");
        assertThat(only("UN Habitat").org()).isEqualTo("un-habitat");
        assertThat(only("the “United Nations” said").text()).isEqualTo("United Nations");
        assertThat(only("the United Nations said").org()).isEqualTo("un");
        assertThat(only("the Food and Agriculture Organisation of the United Nations").org()).isEqualTo("fao");
        assertThat(only("the UN Development Program").org()).isEqualTo("undp");
        assertThat(only("the International Labor Organization").org()).isEqualTo("ilo");
        assertThat(only("the U.N. Population Fund said").org()).isEqualTo("unfpa");
        assertThat(only("U.N. Women and the U.S. Congress").org()).isEqualTo("un-women");
        assertThat(only("a W.H.O. report").org()).isEqualTo("who");
        assertThat(only("Nato allies met; a nato summit").org()).isEqualTo("nato");
        assertThat(only("The US is quitting Unesco again").org()).isEqualTo("unesco");
        assertThat(linker().link("Idea: ask Irena, Who knows")).isEmpty();
    }

    @Test
    void ourAutomatonAndTheLibraryTrieFindTheSameMentions() throws IOException {
        String article = Files.readString(Shared.require("seed/yicai-2026-01-08-us-exits-66-organizations.zh.txt"));
        String text = article + "\nThe ISA, UNESCO and the International Law Commission (ILC); 聯合國 UN-Women, idea.\n"
                + org.comity.bench.LinkerBench.ENGLISH + "“United Nations” Combatting, the ISA on solar power.";
        assertThat(LibraryScanner.of(linker()).link(text)).isEqualTo(linker().link(text));
    }

    /**
     * Long texts are scanned in four lanes straight off the original chars; a text built of names broken
     * by quotes, runs of spaces, spelled-out words and filler, long enough for names to straddle the
     * lanes' edges, must give what the library's trie finds on the normalised text.
     */
    @Test
    void laneEdgesDroppedCharsAndSpaceRunsFindWhatTheLibraryFinds() {
        String[] pieces = {"联合国气候变化框架公约", "聯合國教科文組織", "《国际可再生能源署》", "UNFCCC", "ＵＮＥＳＣＯ",
                "United  Nations Population Fund", "the “World Health” Organization", "UN‑Habitat", "International\n\nSolar Alliance",
                "Combatting Piracy", "ISA", "idea", "who", "美国宣布退出", "，", "。", "The ILC met. ", "   ", "\"", "《", "》", "a",
                "联合国", "国际", "Regional Cooperation Agreement on Combatting Piracy and Armed Robbery against Ships in Asia"};
        java.util.Random random = new java.util.Random(20260107);
        for (int round = 0; round < 5; round++) {
            StringBuilder b = new StringBuilder();
            while (b.length() < 40_000) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            List<Mention> ours = linker().link(text);
            assertThat(ours).hasSizeGreaterThan(500);
            assertThat(ours).isEqualTo(LibraryScanner.of(linker()).link(text));
        }
        // A lane that cannot find its starting state near its edge (a long run of spaces) falls back to one lane.
        String spaced = "the World Health Organization" + " ".repeat(30_000) + "联合国" + " ".repeat(30_000) + "UNESCO";
        assertThat(linker().link(spaced)).extracting(Mention::org).containsExactly("who", "un", "unesco");
    }

    @Test
    void pathologicalTextsAreLinkedQuickly() {
        long t0 = System.nanoTime();
        assertThat(linker().link("a".repeat(10 << 20))).isEmpty();
        assertThat(linker().link("联".repeat(1 << 20))).isEmpty();
        assertThat(linker().link("UN ".repeat(100_000))).hasSize(100_000);
        assertThat(linker().link("")).isEmpty();
        assertThat((System.nanoTime() - t0) / 1_000_000).as("milliseconds").isLessThan(20_000);
    }

    private static Mention only(String text) {
        List<Mention> m = linker().link(text);
        assertThat(m).as("mentions in: " + text).hasSize(1);
        return m.get(0);
    }
}
