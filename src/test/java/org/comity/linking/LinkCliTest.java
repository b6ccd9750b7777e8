package org.comity.linking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comity.support.Cli.Result;
import org.comity.support.Shared;
import org.comity.support.StoreWithCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `comity link` end to end: the JSON of docs/contract.md, the list mode, and every kind of bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkCliTest {

    @RegisterExtension
    static final StoreWithCli store = new StoreWithCli();

    @TempDir
    Path dir;

    private Result run(byte[] stdin, String... args) {
        return store.cli().runWithInput(stdin, args);
    }

    private Path file(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void seedArticleGivesTheContractShapeWithStatusesFromTheStatusRule() throws Exception {
        Path seed = Shared.require("seed/yicai-2026-01-08-us-exits-66-organizations.zh.txt");
        String article = Files.readString(seed);
        Result r = run(null, "link", seed.toString(), "--state", "USA", "--on", "2026-06-01", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode mentions = r.json().get("mentions");
        assertThat(mentions).hasSize(58);
        for (JsonNode m : mentions) {
            assertThat(m.fieldNames()).toIterable().contains("start", "end", "text", "org", "canonical", "status");
            assertThat(article.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
        JsonNode who = mentions.findParents("org").stream().filter(m -> m.get("org").asText().equals("who")).findFirst().orElseThrow();
        Result status = run(null, "status", "--state", "USA", "--org", "who", "--on", "2026-06-01", "--format", "json");
        assertThat(who.get("status").asText()).isEqualTo(status.json().get("status").asText());
        assertThat(who.get("canonical").asText()).isEqualTo("World Health Organization");
    }

    @Test
    void standardInputAndTheOtherFormatsWork() throws Exception {
        byte[] text = "The ISA and UNESCO; 世卫组织".getBytes(StandardCharsets.UTF_8);
        Result r = run(text, "link", "-", "--on", "2026-06-01", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode m = r.json().get("mentions");
        assertThat(m).hasSize(3);
        assertThat(m.get(0).get("org").isNull()).isTrue();
        assertThat(m.get(0).get("candidates")).hasSize(2);
        assertThat(m.get(1).get("org").asText()).isEqualTo("unesco");
        assertThat(m.get(2).get("org").asText()).isEqualTo("who");
        assertThat(run(text, "link", "--format", "csv").out()).startsWith("start,end,text,org,canonical,status");
        assertThat(run(text, "link").out()).contains("unesco").contains("ambiguous");
    }

    @Test
    void listModeProposesOneActionPerLineAndFlagsTheRest() throws Exception {
        String list = String.join("\n",
                "1. United Nations Framework Convention on Climate Change (UNFCCC)",
                "2) 国际可再生能源署",
                "3、International Solar Alliance;",
                "(4) ISA",
                "5. Commission on Things Nobody Curated",
                "",
                "- UN Women",
                "7. 聯合國人口基金");
        Result r = run(null, "link", file("list.txt", list.getBytes(StandardCharsets.UTF_8)).toString(), "--list",
                "--on", "2026-06-01", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode rows = r.json();
        assertThat(rows).hasSize(7);
        List<String> orgs = new ArrayList<>();
        rows.forEach(x -> orgs.add(x.get("org").asText()));
        assertThat(orgs).containsExactly("unfccc", "irena", "isa-solar", "unresolved", "unresolved", "un-women", "unfpa");
        assertThat(rows.get(3).get("resolution").asText()).isEqualTo("ambiguous");
        assertThat(rows.get(3).get("candidates")).hasSize(2);
        assertThat(rows.get(4).get("resolution").asText()).isEqualTo("unresolved");
        assertThat(rows.get(0).get("action").asText()).isEqualTo("withdraw");
        assertThat(rows.get(5).get("line").asInt()).isEqualTo(7);
        assertThat(r.err()).contains("2 of 7 lines unresolved");
    }

    @Test
    void badInputGetsAOneLineAnswerAndExitTwo() throws Exception {
        assertBad(run(null, "link", file("empty.txt", new byte[0]).toString()), "empty");
        assertBad(run(null, "link", file("blob.bin", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}).toString()),
                "binary");
        assertBad(run(null, "link", file("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'U', 'N'}).toString()),
                "not valid UTF-8 (bad byte 0xE9 at offset 3)");
        assertBad(run(null, "link", dir.resolve("missing.txt").toString()), "no such file");
        assertBad(run(new byte[0], "link"), "standard input is empty");
        Result unknownState = run(null, "link", "--state", "Atlantis", file("ok.txt", "UN".getBytes()).toString());
        assertThat(unknownState.exit()).as("not found, as for every verb").isEqualTo(1);
        assertThat(unknownState.err()).contains("Atlantis");
    }

    @Test
    void tenMegabytesOfOneCharacterIsAnsweredNotACrash() throws Exception {
        byte[] big = new byte[10 << 20];
        java.util.Arrays.fill(big, (byte) 'x');
        Result r = run(null, "link", file("big.txt", big).toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("mentions")).isEmpty();
    }

    private static void assertBad(Result r, String says) {
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains(says).doesNotContain("\n").doesNotContain("Exception");
    }
}
