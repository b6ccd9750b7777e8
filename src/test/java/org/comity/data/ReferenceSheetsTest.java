package org.comity.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.domain.Section;
import org.comity.domain.rules.EffectiveDates;
import org.comity.domain.rules.Exits;
import org.comity.snapshot.Snapshot;
import org.comity.support.Shared;
import org.comity.support.TestDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curated data against the shared reference sheets and the seed article (../shared). */
class ReferenceSheetsTest {

    private static Snapshot snapshot;

    @BeforeAll
    static void load() {
        snapshot = new Snapshot(DatasetReader.read(DataFiles.directory(TestDb.recordDir())).dataset(), 1);
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    @Test
    void theMemorandumFollowsTheReferenceListInOrderSectionAndAcronym() throws IOException {
        List<Map<String, String>> reference = csv(Shared.require("reference/memorandum-2026-01-07-organizations.csv"));
        List<Action> memo = snapshot.actionsOf("us-memo-2026-01-07");
        assertThat(memo).hasSize(reference.size());
        for (int i = 0; i < reference.size(); i++) {
            Map<String, String> ref = reference.get(i);
            Action a = memo.get(i);
            assertThat(a.seq()).isEqualTo(Integer.parseInt(ref.get("seq")));
            assertThat(a.section()).as(ref.get("official_name_en")).isEqualTo(ref.get("section").equals("UN") ? Section.UN : Section.NON_UN);
            // the organization of each row answers to the reference's acronym, or else its Chinese name
            String key = ref.get("acronym").isBlank() ? ref.get("name_zh") : ref.get("acronym");
            assertThat(snapshot.orgsNamed(key)).as("seq " + ref.get("seq") + " " + key).contains(a.org());
        }
    }

    @Test
    void theSeedArticlesCountsMatchTheMemorandum() throws IOException {
        String article = Files.readString(Shared.require("seed/yicai-2026-01-08-us-exits-66-organizations.zh.txt"));
        Matcher m = Pattern.compile("退出(\\d+)个国际机构[，,]\\s*其中包括(\\d+)个联合国实体及(\\d+)个非联合国组织").matcher(article);
        assertThat(m.find()).as("the article states the split").isTrue();
        List<Action> memo = snapshot.actionsOf("us-memo-2026-01-07");
        assertThat(memo).hasSize(Integer.parseInt(m.group(1)));
        assertThat(memo.stream().filter(a -> a.section() == Section.UN)).hasSize(Integer.parseInt(m.group(2)));
        assertThat(memo.stream().filter(a -> a.section() == Section.NON_UN)).hasSize(Integer.parseInt(m.group(3)));
    }

    /**
     * Every US notice in the reference sheet whose organization we track is recorded with the same notice
     * date, and our rules compute the same effective date from it (unless a retraction stopped it).
     */
    @Test
    void usNoticesAndTheirEffectiveDatesAgreeWithTheReferenceSheet() throws IOException {
        Map<String, String> ids = Map.of("Paris Agreement", "paris-agreement", "UNESCO", "unesco",
                "Universal Postal Union", "upu", "World Health Organization", "who");
        List<String> checked = new ArrayList<>();
        for (Map<String, String> ref : csv(Shared.require("reference/us-actions-2017-2026.csv"))) {
            if (!ref.get("action").equals("withdraw-notice")) continue;
            String org = ids.entrySet().stream().filter(e -> ref.get("organization").startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (org == null) continue;
            LocalDate notice = LocalDate.parse(ref.get("notice_date"));
            Action ours = snapshot.actions("USA", org).stream()
                    .filter(a -> a.type() == ActionType.WITHDRAW && a.notice() != null && a.notice().date().equals(notice))
                    .findFirst().orElseThrow(() -> new AssertionError("no US notice of " + notice + " on " + org));
            LocalDate effective = LocalDate.parse(ref.get("effective_date"));
            var clause = snapshot.withdrawalRule(org);
            LocalDate computed = Exits.effective(ours, clause).orElse(null);
            if (computed == null) {
                // a notice whose effective date we left open must be one that was retracted
                assertThat(snapshot.actions("USA", org)).anyMatch(a -> a.type() == ActionType.RETRACT);
                computed = Exits.effective(withRule(ours), clause).orElse(null);
            }
            // The sheet names the day the clause names (31 December for UNESCO); ours is the first day out,
            // with that day as the last day of membership.
            LocalDate lastDay = EffectiveDates.lastDay(Exits.ruleOf(withRule(ours), clause), computed);
            assertThat(lastDay != null ? lastDay : computed).as(ref.get("id") + " " + org).isEqualTo(effective);
            checked.add(ref.get("id"));
        }
        assertThat(checked).contains("US-002", "US-004", "US-010", "US-016", "US-021", "US-024", "US-030");
    }

    /** The same notice with the organization's clause deciding, to check the date it would have had. */
    private static Action withRule(Action a) {
        return new Action(a.instrument(), a.seq(), a.state(), a.section(), a.org(), a.type(), a.announced(), a.notice(),
                null, org.comity.domain.EffectiveRule.UNKNOWN, a.flags(), a.note(), a.sources());
    }

    @Test
    void everyMemorandumOrganizationHasACategoryAndEveryOtherBodyOfTheArticleIsKnown() {
        for (String name : new String[] {"联合国教科文组织", "世界卫生组织", "联合国人权理事会", "巴黎协定", "跨太平洋伙伴关系协定",
                "国际原子能机构", "国际民用航空组织", "国际电信联盟", "国际海事组织", "北约", "北约议会大会", "世界粮食计划署",
                "国际移民组织", "联合国难民事务高级专员公署", "世界遗产委员会", "联合国经济及社会理事会"}) {
            assertThat(snapshot.orgsNamed(name)).as(name).hasSize(1);
        }
    }
}
