package org.comity.cli;

import java.util.List;
import org.comity.App;
import org.comity.api.Shapes;
import org.comity.query.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Questions over the merged record (curated + COW): what changed, how many, where the records disagree. */
final class HistoryVerbs {

    private HistoryVerbs() {}

    @Command(name = "diff", description = "What changed for a state between two days: joined, rejoined, left, notice, retracted, announced.")
    static final class Diff extends Verb {
        @Option(names = "--state", required = true, description = "ISO alpha-3 code or name.")
        String state;

        @Option(names = "--from", required = true, description = "First day (YYYY-MM-DD).")
        String from;

        @Option(names = "--to", required = true, description = "Last day (YYYY-MM-DD).")
        String to;

        @Override
        int run(App app) {
            var a = app.answers();
            var rows = a.diff(Lookup.state(a.snapshot(), state), Lookup.date(from, "--from"), Lookup.date(to, "--to"))
                    .stream().map(Shapes::change).toList();
            print(rows, List.of("date", "change", "org", "name_en"));
            return 0;
        }
    }

    @Command(name = "count", description = "Members of an organization per year (for charts).")
    static final class Count extends Verb {
        @Option(names = "--org", required = true, description = "Id, name, acronym or alias.")
        String org;

        @Option(names = "--from", required = true, description = "First year.")
        int from;

        @Option(names = "--to", required = true, description = "Last year.")
        int to;

        @Override
        int run(App app) {
            var a = app.answers();
            print(a.count(Lookup.org(a.snapshot(), org), from, to).stream().map(Shapes::yearCount).toList(), null);
            return 0;
        }
    }

    @Command(name = "conflicts", description = "Where the imported COW record disagrees with the curated one (the curated one answers).")
    static final class Conflicts extends Verb {
        @Override
        int run(App app) {
            print(app.answers().conflicts().stream().map(Shapes::conflict).toList(),
                    List.of("state", "org", "period", "curated", "other"));
            return 0;
        }
    }
}
