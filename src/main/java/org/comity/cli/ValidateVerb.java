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

    /**
     * A whole data directory: the importers' mapping files and the extracts are read and checked too (each
     * problem named by its path under DIR), so that every file is known good before any command reads it.
     */
    private List<Problem> otherParts(Dataset d) {
        List<Problem> problems = new java.util.ArrayList<>();
        DataFiles mappings = DataFiles.part(dir, DataFiles.Part.MAPPINGS);
        DataFiles extracts = DataFiles.part(dir, DataFiles.Part.EXTRACTS);
        DataFiles record = DataFiles.directory(DataFiles.recordDir(dir));
        for (String f : List.of(org.comity.funding.CebMapping.ENTITY_FILE, org.comity.funding.CebMapping.DONOR_FILE)) {
            check(problems, "mappings/", () -> present(mappings, f));
        }
        check(problems, "mappings/", () -> org.comity.cow.CowMapping.read(mappings));
        if (d != null) {
            var snapshot = new org.comity.snapshot.Snapshot(d, 0);
            check(problems, "mappings/", () -> org.comity.funding.CebMapping.read(mappings, snapshot));
            check(problems, "mappings/", () -> org.comity.funding.UsReportingFiles.read(mappings, snapshot));
        }
        check(problems, "extracts/", () -> {
            for (String f : List.of(org.comity.funding.FundingExtract.REVENUE, org.comity.funding.FundingExtract.GOVERNMENT,
                    org.comity.funding.FundingExtract.DONORS)) {
                present(extracts, f);
            }
            org.comity.funding.FundingExtract.read(extracts);
        });
        check(problems, "extracts/", () -> {
            for (String f : List.of(org.comity.cow.CowExtract.IGOS, org.comity.cow.CowExtract.EPISODES)) present(extracts, f);
            org.comity.cow.CowExtract.read(extracts);
        });
        return problems;
    }

    /** A file a whole data directory must have (the importers treat some as optional; the repository's copy is not). */
    private static void present(DataFiles files, String f) {
        try (var r = files.open(f)) {
            if (r == null) throw new DatasetException(new Problem(f, 0, null, "", "is missing from " + files.describe()));
        } catch (java.io.IOException e) {
            throw new DatasetException(new Problem(f, 0, null, "", "cannot be read: " + e.getMessage()));
        }
    }

    private static void check(List<Problem> problems, String prefix, Runnable read) {
        try {
            read.run();
        } catch (DatasetException e) {
            for (Problem p : e.problems()) problems.add(new Problem(prefix + p.file(), p.line(), p.column(), p.value(), p.message()));
        }
    }

    @Override
    int run(App unused) {
        List<Problem> problems;
        Dataset d = null;
        try {
            var parsed = DatasetReader.read(DataFiles.directory(DataFiles.recordDir(dir)));
            d = parsed.dataset();
            problems = new java.util.ArrayList<>(DatasetValidator.validate(d, parsed.located()));
        } catch (DatasetException e) {
            problems = new java.util.ArrayList<>(e.problems());
        }
        if (java.nio.file.Files.isDirectory(dir.resolve(DataFiles.Part.RECORD.dir))) problems.addAll(otherParts(d));
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
        answer.put("problems", problems.stream().limit(ComityCommand.PROBLEMS_SHOWN).map(Problem::toString).toList());
        answer.put("problem_count", problems.size());
        if (format != Format.table) print(answer, null);
        ComityCommand.printProblems(spec.commandLine().getErr(), problems);
        if (problems.isEmpty()) note("valid: " + dir + " (" + ImportVerbs.summary(d) + ")");
        if (share != null) note(share.describe());
        return problems.isEmpty() ? 0 : 2;
    }
}
