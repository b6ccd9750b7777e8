package org.comity.funding;

import org.comity.dataset.CsvLines;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.comity.dataset.DataFiles;
import org.comity.dataset.Problem;
import org.comity.domain.Coded;

/**
 * The funding figures Comity's own answers need, as small CSV files bundled with the dataset
 * ({@code data/funding/}): per CEB entity and year, total revenue and government donors' total by type, and
 * the contributions of the states that left or are leaving something (by type). {@code comity funding
 * extract CEBDIR OUTDIR} writes them from the full CEB statistics; the store is filled from them on first use.
 */
public final class FundingExtract {

    public static final String REVENUE = "funding/revenue.csv";
    public static final String GOVERNMENT = "funding/government-donors.csv";
    public static final String DONORS = "funding/donors.csv";

    private static final List<String> AMOUNT_COLUMNS = List.of("year", "ceb_entity", "org", "type", "amount_usd", "sources");
    private static final List<String> DONOR_COLUMNS = List.of("year", "ceb_entity", "org", "donor", "state", "type", "amount_usd", "sources");
    private static final CsvMapper CSV = new CsvMapper();

    private FundingExtract() {}

    /** Writes the three files under {@code dataDir} (the {@code data/} directory: they go to {@code extracts/funding/}). */
    public static List<Path> write(FundingData data, Set<String> states, Path dataDir) {
        Path extracts = dataDir.resolve(org.comity.dataset.DataFiles.Part.EXTRACTS.dir);
        List<List<String>> donors = new ArrayList<>();
        data.contributions().stream().filter(c -> c.state() != null && states.contains(c.state()))
                .sorted(Comparator.comparing(Contribution::state).thenComparing(Contribution::year)
                        .thenComparing(Contribution::entity).thenComparing(Contribution::type))
                .forEach(c -> donors.add(List.of(String.valueOf(c.year()), c.entity(), nz(c.org()), c.donor(), c.state(),
                        c.type().code(), plain(c.usd()), c.source())));
        // Each file is written whole under a temporary name first; only then are the three renamed into place,
        // so a kill leaves the old files or the new, never a file cut short.
        List<Path> out = List.of(extracts.resolve(REVENUE), extracts.resolve(GOVERNMENT), extracts.resolve(DONORS));
        List<Path> temp = new ArrayList<>();
        try {
            temp.add(writeFile(out.get(0), AMOUNT_COLUMNS, amountRows(data.revenue())));
            temp.add(writeFile(out.get(1), AMOUNT_COLUMNS, amountRows(data.governmentTotals())));
            temp.add(writeFile(out.get(2), DONOR_COLUMNS, donors));
            for (int i = 0; i < out.size(); i++) {
                Files.move(temp.get(i), out.get(i), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Path t : temp) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException ignored) {
                    // a stray .tmp file is harmless and overwritten by the next extract
                }
            }
        }
        return out;
    }

    /** Reads the extract; an empty view when the files are absent. Bad rows throw with file and line. */
    public static FundingData read(DataFiles files) {
        List<Problem> problems = new ArrayList<>();
        List<EntityAmount> revenue = readAmounts(files, REVENUE, problems);
        List<EntityAmount> government = readAmounts(files, GOVERNMENT, problems);
        List<Contribution> contributions = new ArrayList<>();
        read(files, DONORS, DONOR_COLUMNS, problems, l -> {
            BigDecimal usd = amount(l, problems);
            RevenueType type = type(l, problems);
            if (usd != null && type != null && year(l, problems) != null) {
                contributions.add(new Contribution(Integer.parseInt(l.get("year")), l.get("ceb_entity"), emptyToNull(l.get("org")),
                        l.get("donor"), emptyToNull(l.get("state")), true, type, usd, l.get("sources")));
            }
        });
        CsvLines.require(problems);
        return new FundingData(revenue, government, contributions);
    }

    private static List<EntityAmount> readAmounts(DataFiles files, String file, List<Problem> problems) {
        List<EntityAmount> out = new ArrayList<>();
        read(files, file, AMOUNT_COLUMNS, problems, l -> {
            BigDecimal usd = amount(l, problems);
            RevenueType type = type(l, problems);
            Integer year = year(l, problems);
            if (usd != null && type != null && year != null) {
                out.add(new EntityAmount(year, l.get("ceb_entity"), emptyToNull(l.get("org")), type, usd, l.get("sources")));
            }
        });
        return out;
    }

    private static void read(DataFiles files, String file, List<String> columns, List<Problem> problems,
                             java.util.function.Consumer<CsvLines.Line> sink) {
        try (Reader r = files.open(file)) {
            int before = problems.size();
            if (r != null && CsvLines.read(r, file, columns, sink, problems) == 0 && problems.size() == before) {
                problems.add(new Problem(file, 2, null, "", "has a header and no rows (a file cut short?)"));
            }
        } catch (IOException e) {
            problems.add(new Problem(file, 0, null, "", "cannot be read: " + e.getMessage()));
        }
    }

    private static BigDecimal amount(CsvLines.Line l, List<Problem> problems) {
        BigDecimal v = CebNumbers.parse(l.get("amount_usd"));
        if (v == null) problems.add(l.problem("amount_usd", l.get("amount_usd"), "'" + l.get("amount_usd") + "' is not an amount"));
        return v;
    }

    private static RevenueType type(CsvLines.Line l, List<Problem> problems) {
        try {
            return Coded.parse(RevenueType.class, l.get("type"));
        } catch (IllegalArgumentException e) {
            problems.add(l.problem("type", l.get("type"), e.getMessage()));
            return null;
        }
    }

    private static Integer year(CsvLines.Line l, List<Problem> problems) {
        if (l.get("year").matches("\\d{4}")) return Integer.parseInt(l.get("year"));
        problems.add(l.problem("year", l.get("year"), "'" + l.get("year") + "' is not a year"));
        return null;
    }

    private static List<List<String>> amountRows(List<EntityAmount> amounts) {
        return amounts.stream().sorted(Comparator.comparing(EntityAmount::year).thenComparing(EntityAmount::entity)
                        .thenComparing(EntityAmount::type))
                .map(a -> List.of(String.valueOf(a.year()), a.entity(), nz(a.org()), a.type().code(), plain(a.usd()), a.source()))
                .toList();
    }

    /** Writes {@code file}'s rows to a temporary file beside it; returns the temporary file. */
    private static Path writeFile(Path target, List<String> header, List<List<String>> rows) {
        try {
            Files.createDirectories(target.getParent());
            Path file = target.resolveSibling("." + target.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 var seq = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValues(w)) {
                seq.write(header);
                for (List<String> r : rows) seq.write(r);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
