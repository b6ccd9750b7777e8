package org.comity.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.App;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetException;
import org.comity.dataset.DatasetReader;
import org.comity.dataset.DatasetValidator;
import org.comity.dataset.Problem;
import org.comity.domain.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Check a dataset directory without writing anything; every problem on its own line.")
final class ValidateVerb extends Verb {

    @Parameters(paramLabel = "DIR", description = "A dataset directory such as data/.")
    Path dir;

    @Override
    boolean needsStore() {
        return false;
    }

    @Override
    int run(App unused) {
        List<Problem> problems;
        Dataset d = null;
        try {
            var parsed = DatasetReader.read(DataFiles.directory(DataFiles.recordDir(dir)));
            d = parsed.dataset();
            problems = DatasetValidator.validate(d, parsed.located());
        } catch (DatasetException e) {
            problems = e.problems();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("dir", dir.toString());
        answer.put("valid", problems.isEmpty());
        answer.put("problems", problems.stream().map(Problem::toString).toList());
        org.comity.dataset.PrimaryShare share = d == null ? null : org.comity.dataset.PrimaryShare.of(d);
        if (d != null) {
            answer.put("counts", ImportVerbs.counts(d));
            Map<String, Object> sh = new LinkedHashMap<>();
            sh.put("dated_facts", share.facts());
            sh.put("primary_first", share.primary());
            sh.put("share", Math.round(share.share() * 1000) / 1000.0);
            sh.put("us_dated_facts", share.usFacts());
            sh.put("us_primary_first", share.usPrimary());
            sh.put("us_share", Math.round(share.usShare() * 1000) / 1000.0);
            answer.put("primary_sources", sh);
        }
        if (format != Format.table) print(answer, null);
        for (Problem p : problems) note(p.toString());
        if (problems.isEmpty()) note("valid: " + dir + " (" + ImportVerbs.summary(d) + ")");
        if (share != null) note(share.describe());
        return problems.isEmpty() ? 0 : 2;
    }
}
