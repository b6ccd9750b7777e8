package org.comity.cli;

import java.time.LocalDate;
import java.util.List;
import org.comity.App;
import org.comity.api.Views;
import org.comity.query.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "members", description = "The states recorded as belonging to an organization on a day.")
final class MembersVerb extends Verb {

    @Option(names = "--org", required = true, description = "Id, name, acronym or alias.")
    String org;

    @Option(names = "--on", description = "Day (YYYY-MM-DD); default today.")
    String on;

    @Override
    int run(App app) {
        var answers = app.answers();
        var s = answers.snapshot();
        LocalDate day = on == null ? app.today().date() : Lookup.date(on, "--on");
        var rows = answers.members(Lookup.org(s, org), day).stream().map(e -> Views.member(s, e)).toList();
        print(rows, List.of("state", "name_en", "name_zh", "role", "start", "end"));
        return 0;
    }
}
