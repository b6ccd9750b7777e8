package org.comity.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.domain.Dataset;
import org.comity.snapshot.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.comity.dataset.DatasetValidator;
import org.comity.support.RecordCopy;

/** `watch` on the real published documents of src/test/resources/watch, against the bundled record. */
class WatchTest {

    static final Path FIXTURES = Path.of("src/test/resources/watch");
    static final LocalDate SEEN = LocalDate.parse("2026-12-01");

    private static Snapshot snapshot;

    static synchronized Snapshot snapshot() {
        if (snapshot == null) snapshot = new Snapshot(DatasetReader.read(DataFiles.directory(Path.of("data/record"))).dataset(), 1);
        return snapshot;
    }

    private static Watch.Report report(Snapshot s, String file) {
        return Watch.reports(s, Watch.read(FIXTURES.resolve(file))).get(0);
    }

    @Test
    void eo14155WithdrawsFromWhoOnlyAndIsRecorded() {
        Watch.Report r = report(snapshot(), "2025-01957.json");
        assertThat(r.document().id()).isEqualTo("2025-01957");
        assertThat(r.document().executiveOrder()).isEqualTo(14155);
        assertThat(r.findings()).extracting(WatchFinding::org, WatchFinding::action, WatchFinding::state, WatchFinding::announced)
                .containsExactly(tuple("who", ActionType.WITHDRAW, "USA", LocalDate.parse("2025-01-20")));
        assertThat(r.findings().get(0).excerpt()).contains("intends to withdraw from the WHO");
        assertThat(r.findings().get(0).recordedIn()).isEqualTo("us-eo-14155");
        assertThat(Drafts.rows(snapshot(), r.document(), r.findings(), SEEN)).isEmpty();
    }

    @Test
    void eo14199CeasesUnhrcFundsUnrwaReviewsUnescoAndNamesNoOtherBody() {
        Watch.Report r = report(snapshot(), "2025-02504.json");
        assertThat(r.findings()).extracting(WatchFinding::org, WatchFinding::action)
                .containsExactly(tuple("unhrc", ActionType.CEASE_PARTICIPATION), tuple("unesco", ActionType.REVIEW),
                        tuple("unrwa", ActionType.CEASE_FUNDING));
        // The purpose's "when the United States withdrew from the UN Human Rights Council" (2018) is not a withdrawal.
        assertThat(r.findings()).noneMatch(f -> f.action() == ActionType.WITHDRAW);
        assertThat(r.findings()).allMatch(f -> "us-eo-14199".equals(f.recordedIn()) && f.recordedAs() == f.action());
    }

    @Test
    void memorandumFindsExactlyTheSixtySixRecordedBodiesAllAlreadyRecorded() {
        Watch.Report r = report(snapshot(), "memorandum-2026-01-07.json");
        List<String> recorded = snapshot().actionsOf("us-memo-2026-01-07").stream().map(Action::org).toList();
        assertThat(recorded).hasSize(66);
        assertThat(r.findings()).extracting(WatchFinding::org).containsExactlyInAnyOrderElementsOf(recorded);
        assertThat(r.findings()).allMatch(f -> f.action() == ActionType.WITHDRAW && "us-memo-2026-01-07".equals(f.recordedIn()));
        assertThat(r.findings()).allMatch(f -> f.announced().equals(LocalDate.parse("2026-01-07")));
        assertThat(Drafts.summary(r.document(), r.findings())).endsWith("0 new, 66 already recorded");
        assertThat(r.unresolved()).isEmpty();
    }

    @Test
    void depositaryNotificationOfParisWithdrawalGivesNoticeAndEffectAndIsRecordedWithEo14162() {
        Watch.Report r = report(snapshot(), "C.N.63.2025.TREATIES-XXVII.7.d.txt");
        assertThat(r.document().id()).isEqualTo("C.N.63.2025.TREATIES-XXVII.7.d");
        WatchFinding f = r.findings().get(0);
        assertThat(r.findings()).hasSize(1);
        assertThat(f.state()).isEqualTo("USA");
        assertThat(f.org()).isEqualTo("paris-agreement");
        assertThat(f.action()).isEqualTo(ActionType.WITHDRAW);
        assertThat(f.kind()).isEqualTo("notice");
        assertThat(f.notice()).isEqualTo(LocalDate.parse("2025-01-27"));
        assertThat(f.effective()).isEqualTo(LocalDate.parse("2026-01-27"));
        assertThat(f.recordedIn()).isEqualTo("us-eo-14162");
    }

    @Test
    void aDocumentNotInTheRecordDraftsRowsWithTheRecordsHeaders() {
        // The record without EO 14199: its three acts are new, and the draft adds the act, its actions and no source
        // (the govinfo page of FR Doc 2025-02504 is cited already? then no sources row; else one).
        Dataset d = snapshot().dataset();
        Snapshot without = new Snapshot(new Dataset(d.sources(), d.organizations(), d.aliases(), d.states(),
                d.instruments().stream().filter(i -> !i.id().equals("us-eo-14199")).toList(),
                d.actions().stream().filter(a -> !a.instrument().equals("us-eo-14199")).toList(), d.memberLists(), d.episodes(),
                d.memberCounts(), d.withdrawalRules(), d.checks(), d.claims(), d.claimChecks(), d.replacedIds()), 2);
        Watch.Report r = report(without, "2025-02504.json");
        assertThat(r.findings()).allMatch(f -> !f.recorded());
        Map<String, List<Map<String, String>>> rows = Drafts.rows(without, r.document(), r.findings(), SEEN);
        List<Watch.Draft> drafts = Watch.drafts(without, Watch.reports(without, Watch.read(FIXTURES)), SEEN);
        assertThat(drafts).extracting(Watch.Draft::document).containsExactly("2025-02504");
        assertThat(drafts.get(0).rows()).isEqualTo(rows);
        assertThat(drafts.get(0).summary()).isEqualTo("EO 14199 of 4 Feb 2025, 90 FR 9275 (10 Feb 2025), FR Doc 2025-02504: "
                + "3 new (cease-participation unhrc, review unesco, cease-funding unrwa), 0 already recorded");
        assertThat(rows.keySet()).containsExactly("instruments.csv", "actions/us-eo-14199.csv", "sources.csv");
        Map<String, String> instrument = rows.get("instruments.csv").get(0);
        assertThat(instrument.keySet()).containsExactly("id", "actor", "kind", "title", "title_zh", "citation", "date", "sources");
        assertThat(instrument).containsEntry("id", "us-eo-14199").containsEntry("actor", "USA").containsEntry("kind", "executive-order")
                .containsEntry("date", "2025-02-04").containsEntry("citation", "EO 14199 of 4 Feb 2025, 90 FR 9275 (10 Feb 2025), FR Doc 2025-02504");
        List<Map<String, String>> actions = rows.get("actions/us-eo-14199.csv");
        assertThat(actions).extracting(a -> a.get("seq") + " " + a.get("org") + " " + a.get("action") + " " + a.get("rule"))
                .containsExactly("1 unhrc cease-participation none", "2 unesco review none", "3 unrwa cease-funding none");
        assertThat(actions.get(0).keySet()).containsExactly("seq", "section", "org", "action", "announced", "notice", "effective",
                "rule", "flags", "note", "sources");
        assertThat(actions).allMatch(a -> a.get("announced").equals("2025-02-04") && a.get("sources").equals(r.document().url()));
        Map<String, String> source = rows.get("sources.csv").get(0);
        assertThat(source.keySet()).containsExactly("id", "url", "title", "publisher", "published", "seen", "kind");
        assertThat(source).containsEntry("kind", "primary").containsEntry("seen", "2026-12-01").containsEntry("published", "2025-02-10");
    }

    @Test
    void aDirectoryIsReadDocumentByDocumentAndTheTextsBesideTheJsonAreNotReadTwice() {
        List<WatchDocument> docs = Watch.read(FIXTURES);
        assertThat(docs).extracting(WatchDocument::id).containsExactly("2025-01957", "2025-02504",
                "C.N.63.2025.TREATIES-XXVII.7.d", "https://www.whitehouse.gov/presidential-actions/2026/01/withdrawing-the-united-states-from-international-organizations-conventions-and-treaties-that-are-contrary-to-the-interests-of-the-united-states/");
        Map<String, Long> found = Watch.reports(snapshot(), docs).stream()
                .collect(Collectors.toMap(r -> r.document().id(), r -> (long) r.findings().size()));
        assertThat(found.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1 + 3 + 1 + 66);
    }

    @TempDir
    Path dir;

    private static String csv(String cell) {
        return cell.matches(".*[,\"\n|].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** A copy of the bundled record without EO 14155 (its instrument row and its actions file): watch finds it new. */
    static RecordCopy withoutEo14155(Path target) throws java.io.IOException {
        RecordCopy copy = RecordCopy.of(target);
        List<List<String>> instruments = copy.rows("instruments.csv");
        int row = 0;
        while (!instruments.get(row).get(0).equals("us-eo-14155")) row++;
        copy.remove("instruments.csv", row);
        java.nio.file.Files.delete(copy.dir().resolve("actions/us-eo-14155.csv"));
        return copy;
    }

    @Test
    void draftedRowsPassTheValidatorAndThenWatchSaysRecorded() throws Exception {
        // The record without EO 14155: watch drafts it; written into the files, the draft is a valid record that holds it.
        RecordCopy copy = withoutEo14155(dir.resolve("record"));
        var before = DatasetReader.read(DataFiles.directory(copy.dir()));
        assertThat(DatasetValidator.validate(before.dataset(), before.located())).isEmpty();
        Snapshot without = new Snapshot(before.dataset(), 3);

        Watch.Report r = report(without, "2025-01957.json");
        assertThat(r.findings()).extracting(WatchFinding::org, WatchFinding::status).containsExactly(tuple("who", "new"));
        Map<String, List<Map<String, String>>> draft = Drafts.rows(without, r.document(), r.findings(), SEEN);
        assertThat(draft.keySet()).containsExactly("instruments.csv", "actions/us-eo-14155.csv", "sources.csv");
        for (var e : draft.entrySet()) {
            Path file = copy.dir().resolve(e.getKey());
            if (!java.nio.file.Files.exists(file)) {
                java.nio.file.Files.writeString(file, String.join(",", e.getValue().get(0).keySet()) + "\n");
            }
            for (Map<String, String> cells : e.getValue()) {
                java.nio.file.Files.writeString(file, cells.values().stream().map(WatchTest::csv).collect(Collectors.joining(",")) + "\n",
                        java.nio.file.StandardOpenOption.APPEND);
            }
        }
        var after = DatasetReader.read(DataFiles.directory(copy.dir()));
        assertThat(DatasetValidator.validate(after.dataset(), after.located())).isEmpty();
        Snapshot with = new Snapshot(after.dataset(), 4);
        assertThat(with.actionsOf("us-eo-14155")).extracting(Action::org, Action::type).containsExactly(tuple("who", ActionType.WITHDRAW));
        assertThat(report(with, "2025-01957.json").findings()).extracting(WatchFinding::status)
                .containsExactly("already recorded in us-eo-14155");
    }

    @Test
    void aListedBodyTheRecordDoesNotHoldIsReportedUnresolvedNotDropped() throws Exception {
        // The memorandum read against a record without IRENA: its item is said, and no other body takes its place.
        Dataset d = snapshot().dataset();
        Snapshot without = new Snapshot(new Dataset(d.sources(), d.organizations().stream().filter(o -> !o.id().equals("irena")).toList(),
                d.aliases().stream().filter(a -> !a.org().equals("irena")).toList(), d.states(), d.instruments(),
                d.actions().stream().filter(a -> !a.org().equals("irena")).toList(), d.memberLists(), d.episodes(), d.memberCounts(),
                d.withdrawalRules(), d.checks(), d.claims(), d.claimChecks(), d.replacedIds()), 5);
        Watch.Report r = report(without, "memorandum-2026-01-07.json");
        assertThat(r.unresolved()).containsExactly("(xxiv) International Renewable Energy Agency;");
        assertThat(r.findings()).hasSize(65).noneMatch(f -> f.org().equals("irena"));
    }

    @Test
    void aNotificationWithoutItsStateAndActLineIsRefusedNamingTheFile() throws Exception {
        String text = java.nio.file.Files.readString(FIXTURES.resolve("C.N.63.2025.TREATIES-XXVII.7.d.txt"));
        WatchDocument d = DepositaryNotification.read(text, "cn.txt", "https://example.org/cn");
        assertThat(d.notification().treaty()).isEqualTo("Paris Agreement");
        assertThat(d.notification().state()).isEqualTo("United States of America");
        assertThat(d.notification().act()).isEqualTo("WITHDRAWAL");
        String broken = text.replace("UNITED STATES OF AMERICA: WITHDRAWAL", "");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DepositaryNotification.read(broken, "cn.txt", null))
                .isInstanceOf(org.comity.query.BadInputException.class).hasMessage("cn.txt: no 'STATE: ACT' line (e.g. 'HUNGARY: WITHDRAWAL')");
        assertThat(DepositaryNotification.address("C.N.63.2025.TREATIES-XXVII.7.d"))
                .isEqualTo("https://treaties.un.org/doc/Publication/CN/2025/CN.63.2025-Eng.pdf");
    }
}
