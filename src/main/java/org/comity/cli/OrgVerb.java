package org.comity.cli;

import org.comity.App;
import org.comity.api.Shapes;
import org.comity.query.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "org", description = "One organization: names, kind, withdrawal clause and every recorded action.")
final class OrgVerb extends Verb {

    @Parameters(paramLabel = "ORG", description = "Id, name, acronym or alias in any language.")
    String org;

    @Override
    int run(App app) {
        var answers = app.answers();
        var o = Lookup.org(answers.snapshot(), org);
        print(Shapes.org(answers.snapshot(), o, answers.timeline(null, o, null, null)), null);
        return 0;
    }
}
