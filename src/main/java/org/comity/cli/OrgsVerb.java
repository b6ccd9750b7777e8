package org.comity.cli;

import java.util.List;
import org.comity.App;
import org.comity.api.Shapes;
import org.comity.domain.Category;
import org.comity.domain.OrgKind;
import org.comity.domain.Section;
import org.comity.query.Lookup;
import org.comity.query.OrgFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "orgs", description = "List organizations, or those of one instrument in its order.")
final class OrgsVerb extends Verb {

    @Option(names = "--instrument", description = "Only the organizations this legal act names, e.g. us-memo-2026-01-07.")
    String instrument;

    @Option(names = "--section", description = "un or non-un, as the instrument groups them.")
    String section;

    @Option(names = "--category", description = "climate-environment, economy-trade-energy, development-social-culture, politics-security-law, science-research.")
    String category;

    @Option(names = "--kind", description = "e.g. fund, treaty, office, partnership.")
    String kind;

    @Override
    int run(App app) {
        OrgFilter f = new OrgFilter(instrument,
                section == null ? null : Lookup.code(Section.class, section, "--section"),
                category == null ? null : Lookup.code(Category.class, category, "--category"),
                kind == null ? null : Lookup.code(OrgKind.class, kind, "--kind"));
        var rows = app.answers().orgs(f).stream().map(Shapes::orgRow).toList();
        print(rows, instrument != null
                ? List.of("seq", "id", "acronym", "name_zh", "section", "category", "kind")
                : List.of("id", "acronym", "name_en", "name_zh", "category", "kind"));
        return 0;
    }
}
