package org.comity.cli;

import java.time.LocalDate;
import java.util.List;
import org.comity.App;
import org.comity.api.Shapes;
import org.comity.query.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "memberships", description = "The organizations a state belongs to (or is leaving) on a day.")
final class MembershipsVerb extends Verb {

    @Option(names = "--state", required = true, description = "ISO alpha-3 code or name.")
    String state;

    @Option(names = "--on", description = "Day (YYYY-MM-DD); default today.")
    String on;

    @Override
    int run(App app) {
        var answers = app.answers();
        LocalDate day = on == null ? app.today().date() : Lookup.date(on, "--on");
        var rows = answers.memberships(Lookup.state(answers.snapshot(), state), day).stream().map(m -> Shapes.membership(answers.snapshot(), m)).toList();
        print(rows, List.of("org", "name_en", "role", "status", "since", "effective", "participation", "record"));
        return 0;
    }
}
