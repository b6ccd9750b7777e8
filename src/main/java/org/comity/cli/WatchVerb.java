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
        + "the record. It never changes the record: with --propose, each new finding's draft waits in the review queue.")
final class WatchVerb extends Verb {

    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "A document, or a directory of them.")
    String path;

    @Option(names = "--propose", description = "File the draft of each document with new findings as a proposal for review, "
            + "as the editor or reviewer whose API token is given with --token or COMITY_TOKEN. Nothing is published.")
    boolean propose;

    @Option(names = "--token", paramLabel = "TOKEN", description = "The API token of the account that proposes (default: COMITY_TOKEN).")
    String token;

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
        if (propose) fileProposals(app, s, reports);
        return 0;
    }

    /** Each document's draft goes to the review queue through the same door as a proposal made on the site. */
    private void fileProposals(App app, org.comity.snapshot.Snapshot s, List<Watch.Report> reports) {
        String secret = token != null ? token : System.getenv("COMITY_TOKEN");
        if (secret == null || secret.isBlank()) throw new BadInputException("--propose needs the API token of an editor or reviewer (--token or COMITY_TOKEN)");
        Accounts.Curator curator = new Accounts(app.database()).byToken(secret.strip())
                .orElseThrow(() -> new BadInputException("--token: no account has this API token"));
        if (curator.role() == AccountRole.ADMIN) {
            throw new BadInputException("--token: account '" + curator.name() + "' is an admin; only an editor or a reviewer proposes");
        }
        Proposals proposals = new Proposals(app);
        for (Watch.Draft d : Watch.drafts(s, reports, app.today().date())) {
            long id = proposals.file(curator.name(), new ProposalDraft(d.summary(), d.rows()));
            note("proposal " + id + " filed for review: " + d.summary());
        }
    }
}
