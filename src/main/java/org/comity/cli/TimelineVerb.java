package org.comity.cli;

import java.util.List;
import org.comity.App;
import org.comity.api.Shapes;
import org.comity.query.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timeline", description = "Recorded exits, notices, returns and funding decisions, oldest first.")
final class TimelineVerb extends Verb {

    @Option(names = "--state", description = "Only this state's acts.")
    String state;

    @Option(names = "--org", description = "Only acts on this organization.")
    String org;

    @Option(names = "--from", description = "First day (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", description = "Last day (YYYY-MM-DD).")
    String to;

    @Override
    int run(App app) {
        var answers = app.answers();
        var s = answers.snapshot();
        var events = answers.timeline(state == null ? null : Lookup.state(s, state), org == null ? null : Lookup.org(s, org),
                from == null ? null : Lookup.date(from, "--from"), to == null ? null : Lookup.date(to, "--to"));
        print(events.stream().map(e -> Shapes.event(s, e)).toList(),
                List.of("date", "event", "state", "org", "action", "instrument", "notice", "effective", "rule"));
        return 0;
    }
}
