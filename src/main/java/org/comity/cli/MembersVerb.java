package org.comity.cli;

import java.time.LocalDate;
import java.util.List;
import org.comity.App;
import org.comity.api.Shapes;
import org.comity.query.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "members", description = "The states recorded as belonging to an organization on a day.")
final class MembersVerb extends Verb {

    @Option(names = "--org", required = true, description = "Id, name, acronym or alias.")
    String org;

    @Option(names = "--on", description = "Day (YYYY-MM-DD); default today.")
    String on;

    @Option(names = "--role", paramLabel = "ROLES",
            description = "Roles to list, comma separated (member, party, associate, observer, signatory, participant, "
                    + "elected-member) or 'all'; default: the roles the body counts as members.")
    String role;

    @Override
    int run(App app) {
        var answers = app.answers();
        var s = answers.snapshot();
        LocalDate day = on == null ? app.today().date() : Lookup.date(on, "--on");
        var o = Lookup.org(s, org);
        var roles = role == null ? java.util.Set.copyOf(answers.countedRoles(o)) : Lookup.roles(role, "--role");
        var rows = answers.members(o, day, roles).stream().map(e -> Shapes.member(s, e)).toList();
        print(rows, List.of("state", "name_en", "name_zh", "role", "start", "end", "status"));
        return 0;
    }
}
