package org.comity.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comity.App;
import org.comity.curation.AccountRole;
import org.comity.curation.Accounts;
import org.comity.curation.ProposalDraft;
import org.comity.curation.Proposals;
import org.comity.query.BadInputException;
import org.comity.watch.Watch;
import org.comity.watch.WatchFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", description = "Reads official documents (Federal Register API JSON with its text beside it, "
        + "UN depositary notifications) and prints each withdrawal, notice, return or cut they state, checked against "
        + "the record, and files the draft of each document with new findings as a proposal for review (never published "
        + "by itself; --dry-run files nothing).")
final class WatchVerb extends Verb {

    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "A document, or a directory of them.")
    String path;

    @Option(names = "--dry-run", description = "Print the findings and their drafts; file no proposal.")
    boolean dryRun;

    @Option(names = "--token", paramLabel = "TOKEN", description = "File the proposals as the editor or reviewer whose API token "
            + "this is (default: COMITY_TOKEN; without one they are filed as '" + WATCH + "', whom any reviewer may publish).")
    String token;

    /** The proposer of findings filed without an account: the watcher itself, never a reviewer. */
    static final String WATCH = "watch";

    @Override
    int run(App app) {
        var s = app.answers().snapshot();
        List<Watch.Report> reports = Watch.reports(s, Watch.read(Path.of(path)));
        if (format == Format.json) {
            print(reports.stream().map(r -> Watch.shape(s, r, app.today().date())).toList(), null);
        } else {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Watch.Report r : reports) for (WatchFinding f : r.findings()) rows.add(Watch.finding(f));
            print(rows, List.of("document", "state", "org", "action", "announced", "notice", "effective", "status"));
        }
        long fresh = reports.stream().flatMap(r -> r.findings().stream()).filter(f -> !f.recorded()).count();
        long all = reports.stream().mapToLong(r -> r.findings().size()).sum();
        for (Watch.Report r : reports) {
            for (String u : r.unresolved()) note(r.document().id() + ": names no organization of the record: " + u);
        }
        note(reports.size() + " documents, " + all + " findings: " + fresh + " new, " + (all - fresh) + " already recorded");
        if (!dryRun) fileProposals(app, s, reports);
        return 0;
    }

    /** Each document's draft goes to the review queue through the same door as a proposal made on the site. */
    private void fileProposals(App app, org.comity.snapshot.Snapshot s, List<Watch.Report> reports) {
        List<Watch.Draft> drafts = Watch.drafts(s, reports, app.today().date());
        if (drafts.isEmpty()) return;
        String secret = token != null ? token : System.getenv("COMITY_TOKEN");
        String proposer = WATCH;
        if (secret != null && !secret.isBlank()) {
            Accounts.Curator curator = new Accounts(app.database()).byToken(secret.strip())
                    .orElseThrow(() -> new BadInputException("--token: no account has this API token"));
            if (curator.role() == AccountRole.ADMIN) {
                throw new BadInputException("--token: account '" + curator.name() + "' is an admin; only an editor or a reviewer proposes");
            }
            proposer = curator.name();
        }
        Proposals proposals = new Proposals(app);
        for (Watch.Draft d : drafts) {
            long id = proposals.file(proposer, new ProposalDraft(d.summary(), d.rows()));
            note("proposal " + id + " filed for review: " + d.summary());
        }
    }
}
