package org.comity.funding;

import org.comity.dataset.CsvLines;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.comity.dataset.DataFiles;
import org.comity.dataset.Problem;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.domain.Claim;
import org.comity.domain.Instrument;
import org.comity.domain.Organization;
import org.comity.domain.PartialDate;
import org.comity.funding.ClaimResult.Verdict;
import org.comity.query.Answers;
import org.comity.snapshot.Snapshot;

/**
 * Checks the claims of a document against the dataset and the funding figures, each by the method its row
 * of {@code claim-checks.csv} names. Pure: reads one snapshot and one funding view. A claim without a check
 * row is unverifiable, and says so.
 */
public final class ClaimChecker {

    public static final String FILE = "claim-checks.csv";

    private final Snapshot s;
    private final FundingData d;

    public ClaimChecker(Snapshot s, FundingData d) {
        this.s = s;
        this.d = d;
    }

    /** The check rows, by claim id. */
    public static Map<String, ClaimCheck> read(DataFiles files) {
        List<Problem> problems = new ArrayList<>();
        Map<String, ClaimCheck> out = new LinkedHashMap<>();
        try (Reader r = files.open(FILE)) {
            int before = problems.size();
            if (r != null && 0 == CsvLines.read(r, FILE, List.of("claim", "method", "params", "compare", "tolerance", "definition", "sources"), l -> {
                Map<String, String> params = new LinkedHashMap<>();
                for (String kv : l.get("params").split(";")) {
                    if (kv.isBlank()) continue;
                    int eq = kv.indexOf('=');
                    if (eq < 0) problems.add(l.problem("params", kv, "is not key=value"));
                    else params.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
                }
                List<String> sources = List.of(l.get("sources").split("\\|")).stream().filter(x -> !x.isBlank()).toList();
                if (sources.isEmpty()) problems.add(l.problem("sources", "", "a check names the pages its comparison rests on"));
                out.put(l.get("claim"), new ClaimCheck(l.get("claim"), l.get("method"), params, l.get("compare"),
                        l.get("tolerance"), l.get("definition"), sources));
            }, problems) && problems.size() == before) {
                problems.add(new Problem(FILE, 2, null, "", "has a header and no rows (a file cut short?)"));
            }
        } catch (IOException e) {
            problems.add(new Problem(FILE, 0, null, "", "cannot be read: " + e.getMessage()));
        }
        CsvLines.require(problems);
        return out;
    }

    public ClaimResult check(Claim c, ClaimCheck k) {
        if (k == null) return unverifiable("no check is defined for this claim in " + FILE);
        Map<String, Object> comp = new LinkedHashMap<>();
        comp.put("method", k.method());
        comp.put("filters", k.params());
        comp.put("definition", k.definition());
        switch (k.method()) {
            case "instrument-date": {
                Instrument i = s.instrument(k.param("instrument"));
                String date = i.date().toString();
                comp.put("source_rows", List.of(row("instruments.csv", i.id(), "date", date)));
                return new ClaimResult(date, verdict(sameDate(date, c.expected())), comp);
            }
            case "instrument-kind": {
                Instrument i = s.instrument(k.param("instrument"));
                String kind = i.kind().code();
                comp.put("source_rows", List.of(row("instruments.csv", i.id(), "kind", kind)));
                return new ClaimResult(kind, verdict(kind.equals(c.expected().trim().toLowerCase(Locale.ROOT).replace(' ', '-'))), comp);
            }
            case "action-count": {
                List<Action> acts = s.actionsOf(k.param("instrument"));
                String section = k.param("section");
                long n = acts.stream().filter(a -> section == null || (a.section() != null && a.section().code().equals(section))).count();
                comp.put("numerator", n);
                comp.put("source_rows", List.of(row("actions/" + k.param("instrument") + ".csv", section == null ? "all rows" : "section=" + section, "rows", n)));
                return new ClaimResult(String.valueOf(n), verdict(compare(BigDecimal.valueOf(n), c.expected(), k)), comp);
            }
            case "years-since": {
                Organization o = s.org(k.param("org"));
                int years = LocalDate.parse(k.param("on")).getYear() - o.founded();
                comp.put("source_rows", List.of(row("organizations.csv", o.id(), "founded", o.founded())));
                return new ClaimResult(String.valueOf(years), verdict(compare(BigDecimal.valueOf(years), c.expected(), k)), comp);
            }
            case "founded": {
                Organization o = s.org(k.param("org"));
                String parent = k.param("parent");
                comp.put("source_rows", List.of(row("organizations.csv", o.id(), "founded", o.founded()),
                        row("organizations.csv", o.id(), "parent", o.parent())));
                boolean ok = o.founded() != null && String.valueOf(o.founded()).equals(c.expected().trim())
                        && (parent == null || parent.equals(o.parent()));
                return new ClaimResult(o.founded() + (parent == null ? "" : ", under " + o.parent()), verdict(ok), comp);
            }
            case "instrument-lists": {
                Set<String> listed = new java.util.TreeSet<>();
                s.actionsOf(k.param("instrument")).forEach(a -> listed.add(a.org()));
                List<String> wanted = List.of(c.expected().split(";"));
                List<String> missing = wanted.stream().filter(w -> !listed.contains(w.trim())).toList();
                comp.put("numerator", wanted.size() - missing.size());
                comp.put("denominator", wanted.size());
                comp.put("missing", missing);
                comp.put("source_rows", List.of(row("actions/" + k.param("instrument") + ".csv", String.join(";", wanted), "org", "listed")));
                return new ClaimResult((wanted.size() - missing.size()) + " of " + wanted.size() + " listed", verdict(missing.isEmpty()), comp);
            }
            case "first-to-leave": return firstToLeave(k, comp);
            case "left-between": return leftBetween(k, comp);
            case "exit-dates": return exitDates(c, k, comp);
            case "funding-share": return fundingShare(c, k, comp);
            case "funding-amount": return fundingAmount(c, k, comp);
            case "unverifiable": {
                comp.put("reason", k.param("reason"));
                return new ClaimResult(null, Verdict.UNVERIFIABLE, comp);
            }
            default: return unverifiable("unknown check method '" + k.method() + "'");
        }
    }

    private ClaimResult firstToLeave(ClaimCheck k, Map<String, Object> comp) {
        String org = k.param("org");
        TreeMap<PartialDate, String> first = new TreeMap<>();
        for (Action a : s.dataset().actions()) {
            if (a.org().equals(org) && a.type() == ActionType.WITHDRAW && a.firstDate() != null) first.putIfAbsent(a.firstDate(), a.state());
        }
        List<Object> rows = new ArrayList<>();
        first.forEach((date, st) -> rows.add(row("actions", st + "/" + org, "withdraw", date.toString())));
        comp.put("source_rows", rows);
        String who = first.isEmpty() ? null : first.firstEntry().getValue();
        var status = new Answers(s).status(s.state(k.param("state")), s.org(org), LocalDate.parse(k.param("on")));
        comp.put("status_on_" + k.param("on"), status.answer().status().code());
        return new ClaimResult(who == null ? "no withdrawal recorded" : who + " (status " + status.answer().status().code() + ")",
                verdict(k.param("state").equals(who)), comp);
    }

    private ClaimResult leftBetween(ClaimCheck k, Map<String, Object> comp) {
        var state = s.state(k.param("state"));
        var org = s.org(k.param("org"));
        LocalDate from = LocalDate.parse(k.param("from"));
        LocalDate to = LocalDate.parse(k.param("to"));
        List<Object> rows = new ArrayList<>();
        String left = null;
        Answers answers = new Answers(s);
        for (Action a : s.actions(state.iso3(), org.id())) {
            if (a.firstDate() == null || a.firstDate().date().isBefore(from) || a.firstDate().date().isAfter(to)) continue;
            rows.add(row("actions/" + a.instrument() + ".csv", a.org(), a.type().code(),
                    "announced " + a.announced() + ", notice " + a.notice() + ", effective " + a.effective()));
            if (a.type() == ActionType.WITHDRAW && a.effective() != null && !a.effective().date().isAfter(to)) {
                var st = answers.status(state, org, a.effective().date());
                if (st.answer().status().code().equals("withdrawn") || st.answer().status().code().equals("ceased")) left = a.effective().toString();
            }
        }
        var atEnd = answers.status(state, org, to);
        comp.put("status_on_" + to, atEnd.answer().status().code());
        comp.put("source_rows", rows);
        return new ClaimResult(left != null ? "left, effective " + left : "no exit took effect by " + to + " (status " + atEnd.answer().status().code() + ")",
                verdict(left != null), comp);
    }

    private ClaimResult exitDates(Claim c, ClaimCheck k, Map<String, Object> comp) {
        LocalDate after = LocalDate.parse(k.param("after"));
        List<Object> rows = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (Action a : s.actions(k.param("state"), k.param("org"))) {
            if (a.firstDate() == null || a.firstDate().date().isBefore(after) || !a.type().ceases()) continue;
            for (PartialDate p : new PartialDate[] {a.announced(), a.notice(), a.effective()}) if (p != null) dates.add(p.toString());
            rows.add(row("actions/" + a.instrument() + ".csv", a.org(), a.type().code(),
                    "announced " + a.announced() + ", notice " + a.notice() + ", effective " + a.effective()));
        }
        comp.put("source_rows", rows);
        boolean match = dates.stream().anyMatch(x -> sameDate(x, c.expected()));
        return new ClaimResult(dates.isEmpty() ? "no exit recorded after " + after : String.join(", ", dates), verdict(match), comp);
    }

    private ClaimResult fundingShare(Claim c, ClaimCheck k, Map<String, Object> comp) {
        if (d.isEmpty()) return unverifiable("the funding store is empty");
        Set<RevenueType> types = types(k.param("types"));
        String org = k.param("org");
        Map<String, Object> main = share(k.param("donor"), org, Integer.parseInt(k.param("year")), denominator(k.param("denominator")), types, comp);
        Double v = (Double) main.get("share");
        if (v == null) return unverifiable("no funding figures for this definition");
        List<Map<String, Object>> alternatives = new ArrayList<>();
        String alts = k.param("alternatives");
        if (alts != null) {
            for (String alt : alts.split("\\|")) {
                String[] p = alt.trim().split(":");
                Map<String, Object> a = share(k.param("donor"), org, Integer.parseInt(p[0]), denominator(p[1]), types, null);
                Double av = (Double) a.get("share");
                a.put("reproduces", av != null && compare(BigDecimal.valueOf(av), c.expected(), k));
                alternatives.add(a);
            }
        }
        comp.put("alternatives", alternatives);
        return new ClaimResult(String.format(Locale.ROOT, "%.4f", v), verdict(compare(BigDecimal.valueOf(v), c.expected(), k)), comp);
    }

    private Map<String, Object> share(String donor, String org, int year, Denominator of, Set<RevenueType> types, Map<String, Object> comp) {
        TypedAmounts num = org == null ? FundingQueries.donorsToSystem(d, Set.of(donor), year)
                : FundingQueries.donorsToOrg(d, Set.of(donor), org, year);
        Share sh = FundingQueries.share(d, FundingQueries.of(num, types), org, year, of, types);
        Map<String, Object> m = comp == null ? new LinkedHashMap<>() : comp;
        m.put("year", year);
        m.put("denominator_kind", of.code());
        m.put("numerator", usd(sh.numerator()));
        m.put("denominator", usd(sh.denominator()));
        m.put("share", sh.value());
        if (comp != null) m.put("source_rows", sourceRows(donor, org, year, of, types));
        return m;
    }

    /** The figures behind a share, one row per CEB entity: the donor's amount and the denominator's. */
    private List<Object> sourceRows(String donor, String org, int year, Denominator of, Set<RevenueType> types) {
        Map<String, BigDecimal[]> byEntity = new TreeMap<>();
        for (Contribution x : d.contributionsOf(donor)) {
            if (x.year() == year && types.contains(x.type()) && (org == null || org.equals(x.org()))) {
                byEntity.computeIfAbsent(x.entity(), e -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[0] =
                        byEntity.get(x.entity())[0].add(x.usd());
            }
        }
        for (EntityAmount a : of == Denominator.GOVERNMENT_DONORS ? d.governmentTotals() : d.revenue()) {
            if (a.year() == year && types.contains(a.type()) && (org == null || org.equals(a.org()))) {
                byEntity.computeIfAbsent(a.entity(), e -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[1] =
                        byEntity.get(a.entity())[1].add(a.usd());
            }
        }
        List<Object> rows = new ArrayList<>();
        byEntity.forEach((e, v) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ceb_entity", e);
            r.put("year", year);
            r.put("donor_usd", usd(v[0]));
            r.put(of == Denominator.GOVERNMENT_DONORS ? "government_total_usd" : "total_revenue_usd", usd(v[1]));
            r.put("source", of == Denominator.GOVERNMENT_DONORS ? CebImporter.DONOR_SOURCE : CebImporter.REVENUE_SOURCE);
            rows.add(r);
        });
        return rows;
    }

    private ClaimResult fundingAmount(Claim c, ClaimCheck k, Map<String, Object> comp) {
        if (d.isEmpty()) return unverifiable("the funding store is empty");
        Set<RevenueType> types = types(k.param("types"));
        BigDecimal sum = BigDecimal.ZERO;
        for (String y : k.param("years").split(",")) {
            sum = sum.add(FundingQueries.of(FundingQueries.donorsToOrg(d, Set.of(k.param("donor")), k.param("org"), Integer.parseInt(y.trim())), types));
        }
        comp.put("numerator", usd(sum));
        comp.put("source_rows", sourceRows(k.param("donor"), k.param("org"), Integer.parseInt(k.param("years").split(",")[0].trim()),
                Denominator.GOVERNMENT_DONORS, types));
        boolean agrees = compare(sum, c.expected(), k);
        if ("yes".equals(k.param("partial"))) {
            // The data cover only part of what the claim counts: show the figure, give no verdict on it.
            comp.put("reason", "the data cover part of the claim's period only (see definition); no verdict on a part");
            return new ClaimResult(usd(sum).toPlainString(), Verdict.UNVERIFIABLE, comp);
        }
        return new ClaimResult(usd(sum).toPlainString(), verdict(agrees), comp);
    }

    /** Compares a computed number with the expected one by the check's rule and tolerance. */
    static boolean compare(BigDecimal computed, String expected, ClaimCheck k) {
        String tol = k.tolerance() == null ? "" : k.tolerance().trim();
        switch (k.compare()) {
            case "more-than": return computed.compareTo(new BigDecimal(expected.trim())) > 0;
            case "range": {
                String[] p = tol.split("\\.\\.");
                return computed.compareTo(new BigDecimal(p[0])) >= 0 && computed.compareTo(new BigDecimal(p[1])) <= 0;
            }
            case "about": {
                BigDecimal e = new BigDecimal(expected.trim());
                BigDecimal allowed = tol.endsWith("%")
                        ? e.abs().multiply(new BigDecimal(tol.substring(0, tol.length() - 1))).movePointLeft(2)
                        : new BigDecimal(tol.isEmpty() ? "0" : tol);
                return computed.subtract(e).abs().compareTo(allowed) <= 0;
            }
            default: return computed.compareTo(new BigDecimal(expected.trim())) == 0;
        }
    }

    /** Dates agree to the coarser of the two precisions: "2025-02" matches 2025-02-04. */
    static boolean sameDate(String a, String b) {
        String x = a.trim();
        String y = b.trim();
        return x.startsWith(y) || y.startsWith(x);
    }

    private static Set<RevenueType> types(String text) {
        if (text == null || text.equals("all")) return EnumSet.allOf(RevenueType.class);
        if (text.equals("voluntary")) return EnumSet.of(RevenueType.VOLUNTARY_CORE, RevenueType.VOLUNTARY_EARMARKED);
        if (text.equals("contributions")) return EnumSet.of(RevenueType.ASSESSED, RevenueType.VOLUNTARY_CORE, RevenueType.VOLUNTARY_EARMARKED);
        return EnumSet.of(org.comity.domain.Coded.parse(RevenueType.class, text));
    }

    private static Denominator denominator(String text) {
        return ImpactQuestion.denominator(text);
    }

    private static Verdict verdict(boolean ok) {
        return ok ? Verdict.CONFIRMED : Verdict.CONTRADICTED;
    }

    private static ClaimResult unverifiable(String reason) {
        Map<String, Object> comp = new LinkedHashMap<>();
        comp.put("reason", reason);
        return new ClaimResult(null, Verdict.UNVERIFIABLE, comp);
    }

    private static Map<String, Object> row(String file, String key, String column, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("key", key);
        m.put("column", column);
        m.put("value", value);
        return m;
    }

    private static BigDecimal usd(BigDecimal v) {
        return v.setScale(0, java.math.RoundingMode.HALF_UP);
    }

}
