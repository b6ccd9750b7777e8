package org.comity.cli;

import java.util.List;
import org.comity.App;
import org.comity.api.FundingShapes;
import org.comity.funding.FundingData;
import org.comity.funding.FundingHolder;
import org.comity.funding.ImpactQuestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "impact", description = "What an exit puts at risk: per organization, the leaving donors' money by type "
        + "and its share, sorted by share; organizations without funding data listed as lacking.")
final class ImpactVerb extends Verb {

    @Option(names = "--instrument", description = "A legal act (e.g. us-memo-2026-01-07): its organizations and its actor.")
    String instrument;

    @Option(names = "--donor", description = "A leaving state (repeat, or USA,ARG); default: the instrument's actor.")
    List<String> donors;

    @Option(names = "--org", description = "An organization (repeat); default: the instrument's organizations.")
    List<String> orgs;

    @Option(names = "--year", description = "The year asked: calendar year of the CEB figures and fiscal year (FY, Oct-Sep) of the US reporting "
            + "(default: the latest CEB year).")
    Integer year;

    @Option(names = "--denominator", description = "revenue (the organization's total revenue, default) or government "
            + "(all government donors' contributions).")
    String denominator;

    @Override
    int run(App app) {
        FundingData d = new FundingHolder(app.database()).get();
        var s = app.snapshots().get();
        ImpactQuestion q = ImpactQuestion.resolve(s, d, instrument, donors, orgs, year, denominator);
        var answer = FundingShapes.impact(s, q.instrument(), q.answer(d, s));
        if (format != Format.table) {
            print(answer, null);
            return 0;
        }
        // For people: a heading line, the organizations as a table, then what the data lacks.
        spec.commandLine().getOut().println(answer.get("donor") + " in " + answer.get("year") + ": USD " + answer.get("total_usd")
                + " at risk (shares of " + answer.get("denominator") + ")");
        print(answer.get("orgs"), List.of("org", "donor_usd", "assessed_usd", "voluntary_core_usd", "voluntary_earmarked_usd",
                "other_usd", "org_total_usd", "share"));
        spec.commandLine().getOut().println("lacking data:");
        print(answer.get("lacking"), List.of("org", "reason"));
        spec.commandLine().getOut().println("organizations with a US amount (any source): " + answer.get("us_amount_count") + " of "
                + answer.get("org_count") + "; sources by organization:");
        print(answer.get("coverage"), List.of("org", "source", "us_amount"));
        return 0;
    }
}
