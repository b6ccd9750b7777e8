package org.comity.funding;

import org.comity.dataset.CsvLines;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.comity.dataset.DatasetException;
import org.comity.dataset.InputFile;
import org.comity.dataset.Problem;

/**
 * Reads the CEB financial statistics files of a directory (as published, see ../shared/data/ceb/README.md).
 * Each file is recognised by its header, not its name: entity revenue ({@code agency, calendar_year,
 * amount, rev_type}), CEB's export of revenue by government donor ({@code government_donor, entity,
 * rev_type, calendar_year, amount}) and the derived 2013–2024 donor file ({@code ..., donor_kind,
 * rev_category, ...}). Other files are listed as skipped. Everything is parsed and checked before anything
 * is returned: one bad cell anywhere throws with every problem's file, line and column. Reading needs no
 * mapping, so it can run while the store opens ({@link #parse}); the mapping names the rows afterwards
 * ({@link #map}).
 */
public final class CebImporter {

    /** Where CEB publishes the statistics; cited on every imported row (registered in sources.csv). */
    public static final String REVENUE_SOURCE = "https://unsceb.org/financial-statistics";
    public static final String DONOR_SOURCE = "https://unsceb.org/fs-revenue-government-donor";

    private enum Kind { REVENUE, DONORS_CEB, DONORS_DERIVED, SKIPPED }

    /** The names CEB publishes its files under: a file of such a name must have its kind's header (not be skipped). */
    private static final Map<String, Kind> KNOWN_NAMES = Map.of("revenue_sub_agency.csv", Kind.REVENUE,
            "government-donor-revenue.csv", Kind.DONORS_CEB, "revenue_government_donors_2013-2024_derived.csv", Kind.DONORS_DERIVED);

    private record Key(int year, String entity, String donor, RevenueType type) {}

    private final Consumer<String> progress;
    private final List<Problem> problems = new ArrayList<>();
    // Summed in hash maps (a line costs a lookup, not a walk down a tree); sorted once, when every file is read.
    private Map<Key, BigDecimal> revenue = new HashMap<>();
    // Donor rows per file kind: CEB's own export wins over the derived file for the years it covers.
    private final Map<Kind, Map<Key, BigDecimal>> donors = new LinkedHashMap<>();
    private final Map<String, Boolean> governmentFlag = new LinkedHashMap<>();
    private final List<Map<String, Object>> files = new ArrayList<>();

    private CebImporter(Consumer<String> progress) {
        this.progress = progress;
        donors.put(Kind.DONORS_CEB, new HashMap<>());
        donors.put(Kind.DONORS_DERIVED, new HashMap<>());
    }

    /** Reads and checks every file of {@code dir}, then names the rows with {@code mapping}. */
    public static CebImport read(Path dir, CebMapping mapping, Consumer<String> progress) {
        return parse(dir, progress).map(mapping);
    }

    /** Reads and checks every file of {@code dir}; throws with every problem found, else holds the sums for {@link #map}. */
    public static CebImporter parse(Path dir, Consumer<String> progress) {
        if (!Files.isDirectory(dir)) {
            throw new DatasetException(new Problem(dir.toString(), 0, null, "", Files.exists(dir) ? "is not a directory" : "does not exist"));
        }
        CebImporter i = new CebImporter(progress);
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(new Problem(dir.toString(), 0, null, "", "cannot be read: " + e.getMessage()));
        }
        for (CebImporter one : readSideBySide(paths, progress)) i.add(one);
        // The import replaces every funding row: without each kind of file it would delete what that file holds.
        for (var known : KNOWN_NAMES.entrySet()) {
            String kind = known.getValue().name().toLowerCase().replace('_', '-');
            if (i.files.stream().noneMatch(f -> f.get("kind").equals(kind))) {
                i.problems.add(new Problem(dir.toString(), 0, null, "", "holds no CEB " + kind.replace('-', ' ') + " file (such as "
                        + known.getKey() + "); the import replaces all funding figures, so it needs the whole set"));
            }
        }
        CsvLines.require(i.problems);
        i.sortRows();
        return i;
    }

    // The rows in the store's order, sorted on the reading thread (which has time to spare while the store opens).
    private List<Map.Entry<Key, BigDecimal>> revenueRows;
    private List<Map.Entry<Key, BigDecimal>> donorRows;

    /** CEB's own export wins over the derived donor file for the years it covers. */
    private void sortRows() {
        revenueRows = sorted(revenue);
        Set<Integer> cebYears = new HashSet<>();
        donors.get(Kind.DONORS_CEB).keySet().forEach(k -> cebYears.add(k.year()));
        // No key is in both: a derived row is kept only for a year the CEB export does not have.
        List<Map.Entry<Key, BigDecimal>> rows = new ArrayList<>(donors.get(Kind.DONORS_CEB).entrySet());
        for (var e : donors.get(Kind.DONORS_DERIVED).entrySet()) if (!cebYears.contains(e.getKey().year())) rows.add(e);
        rows.sort((a, b) -> compare(a.getKey(), b.getKey()));
        donorRows = rows;
    }

    /**
     * Every file read on its own thread, one a processor, the largest first (the derived donor file alone is half
     * the work, and read last it would be the whole wait); the results in name order, as the files are listed.
     */
    private static List<CebImporter> readSideBySide(List<Path> paths, Consumer<String> progress) {
        List<Path> largestFirst = new ArrayList<>(paths);
        largestFirst.sort(java.util.Comparator.comparingLong(CebImporter::size).reversed());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(paths.size(), Runtime.getRuntime().availableProcessors())), task -> {
                    Thread t = new Thread(task, "comity-ceb-file");
                    t.setDaemon(true);
                    return t;
                });
        try {
            Map<Path, java.util.concurrent.Future<CebImporter>> read = new java.util.HashMap<>();
            for (Path f : largestFirst) read.put(f, pool.submit(() -> readOne(f, progress)));
            List<CebImporter> out = new ArrayList<>();
            for (Path f : paths) out.add(read.get(f).get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + paths, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // read anyway: the reading reports what is wrong with it
        }
    }

    private static CebImporter readOne(Path f, Consumer<String> progress) {
        CebImporter one = new CebImporter(progress);
        try {
            one.readFile(f);
        } catch (DatasetException e) {
            one.problems.addAll(e.problems());
        } catch (IOException e) {
            one.problems.add(new Problem(f.getFileName().toString(), 0, null, "", "cannot be read: " + e.getMessage()));
        }
        return one;
    }

    /** Adds what another file held: problems, sums, donor kinds and the file's line in the report. */
    private void add(CebImporter one) {
        problems.addAll(one.problems);
        revenue = sum(revenue, one.revenue);
        one.donors.forEach((kind, sums) -> donors.put(kind, sum(donors.get(kind), sums)));
        one.governmentFlag.forEach(governmentFlag::putIfAbsent);
        files.addAll(one.files);
    }

    /** Two files' sums: the usual case of one file of a kind takes its map as it is. */
    private static Map<Key, BigDecimal> sum(Map<Key, BigDecimal> a, Map<Key, BigDecimal> b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        b.forEach((k, v) -> a.merge(k, v, BigDecimal::add));
        return a;
    }

    private void readFile(Path f) throws IOException {
        String name = f.getFileName().toString();
        String text = InputFile.text(f, name);
        if (text == null) return; // removed while the directory was listed
        Kind kind = kindOf(text);
        Kind named = KNOWN_NAMES.get(name);
        if (named != null && kind != named && !text.isEmpty()) {
            problems.add(new Problem(name, 1, null, "", "does not have the header CEB publishes it with (expected the columns "
                    + String.join(", ", columns(named)) + ")"));
        }
        if (text.isEmpty()) problems.add(new Problem(name, 1, null, "", "is empty (not even a header line)"));
        int before = problems.size();
        int rows = 0;
        int[] years = {Integer.MAX_VALUE, Integer.MIN_VALUE}; // first and last
        if (kind != Kind.SKIPPED) {
            progress.accept("reading " + name + " (" + kind.name().toLowerCase().replace('_', ' ') + ")");
            rows = CsvLines.read(new java.io.StringReader(text), name, columns(kind), l -> {
                Integer y = line(kind, l);
                if (y != null) {
                    years[0] = Math.min(years[0], y);
                    years[1] = Math.max(years[1], y);
                }
            }, problems);
            if (rows == 0 && problems.size() == before) {
                problems.add(new Problem(name, 2, null, "", "has a header and no rows (a file cut short?)"));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", name);
        m.put("kind", kind == Kind.SKIPPED ? "skipped" : kind.name().toLowerCase().replace('_', '-'));
        m.put("rows", rows);
        m.put("years", years[0] > years[1] ? null : years[0] + "-" + years[1]);
        m.put("problems", problems.size() - before);
        files.add(m);
    }

    private static Kind kindOf(String text) throws IOException {
        try {
            return kind(CsvLines.header(new java.io.StringReader(text)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Kind.SKIPPED; // not CSV at all: listed as skipped (and the set is then incomplete)
        }
    }

    private static Kind kind(List<String> h) {
        if (h.containsAll(List.of("agency", "calendar_year", "amount", "rev_type"))) return Kind.REVENUE;
        if (h.containsAll(List.of("government_donor", "entity", "rev_category", "donor_kind", "calendar_year", "amount"))) {
            return Kind.DONORS_DERIVED;
        }
        if (h.containsAll(List.of("government_donor", "entity", "rev_type", "calendar_year", "amount"))) return Kind.DONORS_CEB;
        return Kind.SKIPPED;
    }

    private static List<String> columns(Kind kind) {
        switch (kind) {
            case REVENUE: return List.of("agency", "calendar_year", "amount", "rev_type");
            case DONORS_DERIVED: return List.of("government_donor", "entity", "rev_category", "donor_kind", "calendar_year", "amount");
            default: return List.of("government_donor", "entity", "rev_type", "calendar_year", "amount");
        }
    }

    /** Parses one line into the running sums; returns its year, or null when the line has a problem. */
    private Integer line(Kind kind, CsvLines.Line l) {
        int n = problems.size();
        Integer year = year(l);
        BigDecimal amount = CebNumbers.parse(l.get("amount"));
        if (amount == null) problems.add(l.problem("amount", l.get("amount"), "'" + l.get("amount") + "' is not an amount (digits, spaces, '.', '-')"));
        String typeColumn = kind == Kind.DONORS_DERIVED ? "rev_category" : "rev_type";
        RevenueType type = RevenueType.fromCebLabel(l.get(typeColumn));
        if (type == null) problems.add(l.problem(typeColumn, l.get(typeColumn), "'" + l.get(typeColumn) + "' is not a CEB revenue type"));
        String entity = l.get(kind == Kind.REVENUE ? "agency" : "entity");
        if (entity.isEmpty()) problems.add(l.problem(kind == Kind.REVENUE ? "agency" : "entity", "", "is empty"));
        String donor = kind == Kind.REVENUE ? null : CebMapping.cleanDonor(l.get("government_donor"));
        if (donor != null && donor.isEmpty()) problems.add(l.problem("government_donor", "", "is empty"));
        if (problems.size() > n) return null;
        if (kind == Kind.REVENUE) {
            revenue.merge(new Key(year, entity, null, type), amount, BigDecimal::add);
        } else {
            donors.get(kind).merge(new Key(year, entity, donor, type), amount, BigDecimal::add);
            if (kind == Kind.DONORS_DERIVED) governmentFlag.putIfAbsent(donor, l.get("donor_kind").equals("government"));
        }
        return year;
    }

    private Integer year(CsvLines.Line l) {
        String y = l.get("calendar_year");
        if (y.length() == 4 && (y.startsWith("19") || y.startsWith("20")) && Character.isDigit(y.charAt(2)) && Character.isDigit(y.charAt(3))) {
            return Integer.parseInt(y);
        }
        problems.add(l.problem("calendar_year", y, "'" + y + "' is not a year"));
        return 0;
    }

    /** The rows read, named with {@code mapping}: organization and state ids, unmapped entities and donors. */
    public CebImport map(CebMapping mapping) {
        List<EntityAmount> rev = new ArrayList<>(revenueRows.size());
        for (var e : revenueRows) {
            Key k = e.getKey();
            rev.add(new EntityAmount(k.year(), k.entity(), mapping.org(k.entity()), k.type(), e.getValue(), REVENUE_SOURCE));
        }
        List<Contribution> contributions = new ArrayList<>(donorRows.size());
        Map<String, int[]> unmappedDonors = new TreeMap<>();
        for (var e : donorRows) {
            Key k = e.getKey();
            CebMapping.Donor d = mapping.donor(k.donor());
            boolean government = d.government() && governmentFlag.getOrDefault(k.donor(), true);
            if (d.state() == null && government) unmappedDonors.computeIfAbsent(k.donor(), x -> new int[1])[0]++;
            contributions.add(new Contribution(k.year(), k.entity(), mapping.org(k.entity()), k.donor(), d.state(),
                    government, k.type(), e.getValue(), DONOR_SOURCE));
        }
        List<EntityAmount> gov = FundingMath.governmentTotals(contributions);
        return new CebImport(new FundingData(rev, gov, contributions), files, unmappedEntities(mapping, rev, contributions),
                unmappedDonors.entrySet().stream().map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("donor", e.getKey());
                    m.put("rows", e.getValue()[0]);
                    m.put("counted_as", "government donor without a state id");
                    return m;
                }).toList());
    }

    private static List<Map<String, Object>> unmappedEntities(CebMapping mapping, List<EntityAmount> rev, List<Contribution> contributions) {
        Map<String, TreeSet<Integer>> years = new TreeMap<>();
        rev.forEach(r -> { if (r.org() == null) years.computeIfAbsent(r.entity(), x -> new TreeSet<>()).add(r.year()); });
        contributions.forEach(c -> { if (c.org() == null) years.computeIfAbsent(c.entity(), x -> new TreeSet<>()).add(c.year()); });
        List<Map<String, Object>> out = new ArrayList<>();
        years.forEach((entity, ys) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ceb_entity", entity);
            m.put("years", ys.first() + "-" + ys.last());
            m.put("reason", mapping.knows(entity) ? "listed in " + CebMapping.ENTITY_FILE + " without an organization"
                    : "not in " + CebMapping.ENTITY_FILE);
            out.add(m);
        });
        return out;
    }

    private static List<Map.Entry<Key, BigDecimal>> sorted(Map<Key, BigDecimal> sums) {
        List<Map.Entry<Key, BigDecimal>> out = new ArrayList<>(sums.entrySet());
        out.sort((a, b) -> compare(a.getKey(), b.getKey()));
        return out;
    }

    private static int compare(Key a, Key b) {
        int c = Integer.compare(a.year(), b.year());
        if (c == 0) c = a.entity().compareTo(b.entity());
        if (c == 0) c = Objects.compare(a.donor(), b.donor(), java.util.Comparator.nullsFirst(String::compareTo));
        if (c == 0) c = a.type().code().compareTo(b.type().code()); // the store's order: by type code
        return c;
    }
}
