package org.comity.cli;

import java.time.LocalDate;
import org.comity.App;
import org.comity.api.Shapes;
import org.comity.query.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", description = "Where a state stands with an organization on a day, and the acts it rests on.")
final class StatusVerb extends Verb {

    @Option(names = "--state", required = true, description = "ISO alpha-3 code or name, e.g. USA.")
    String state;

    @Option(names = "--org", required = true, description = "Id, name, acronym or alias.")
    String org;

    @Option(names = "--on", description = "Day (YYYY-MM-DD); default today.")
    String on;

    @Override
    int run(App app) {
        var answers = app.answers();
        var s = answers.snapshot();
        LocalDate day = on == null ? app.today().date() : Lookup.date(on, "--on");
        print(Shapes.status(answers, answers.status(Lookup.state(s, state), Lookup.org(s, org), day)), null);
        return 0;
    }
}
