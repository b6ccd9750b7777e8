package org.comity.cli;

import java.util.List;
import org.comity.App;
import org.comity.api.ClaimShapes;
import org.comity.claims.ClaimsQuestion;
import org.comity.funding.FundingHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "claims", description = "Each checkable claim of a document, checked against the data: "
        + "confirmed, contradicted or unverifiable, with the computation shown.")
final class ClaimsVerb extends Verb {

    @Option(names = "--document", description = "A document id of sources.csv (e.g. yicai-2026-01-08); default: all.")
    String document;

    @Override
    int run(App app) {
        var answer = ClaimShapes.claims(ClaimsQuestion.answer(app.snapshots().get(), new FundingHolder(app.database()).get(), document));
        print(answer, List.of("id", "expected", "computed", "verdict", "text"));
        return 0;
    }
}
