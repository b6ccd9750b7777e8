package org.comity.funding;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comity.dataset.CsvLines;
import org.comity.dataset.DataFiles;
import org.comity.dataset.Problem;
import org.comity.domain.Source;
import org.comity.snapshot.Snapshot;

/**
 * Reads and checks the four curated files of the second funding source ({@code data/mappings/}). Every
 * bad row is refused with its file, line, column and value: a figure without its document, a year written as
 * a bare calendar year (FY2023 or CY2023, never 2023), a negative amount, an unknown organization, state,
 * document or source URL. Nothing is returned half-read: any problem throws with all of them.
 */
public final class UsReportingFiles {

    public static final String FIGURES = "us-contributions.csv";
    public static final String BUDGETS = "body-budgets.csv";
    public static final String TOTALS = "us-reported-totals.csv";
    public static final String DOCUMENTS = "us-documents.csv";

    static final List<String> FIGURE_COLUMNS = List.of("org", "donor", "fiscal_year", "period", "type", "amount_usd", "document", "table", "sources");
    static final List<String> BUDGET_COLUMNS = List.of("org", "year", "period", "measure", "amount", "currency", "us_share", "document", "table", "sources");
    static final List<String> TOTAL_COLUMNS = List.of("document", "table", "year", "account", "measure", "amount_usd", "sources");
    static final List<String> DOCUMENT_COLUMNS = List.of("id", "org", "title", "publisher", "fiscal_year", "side", "status", "url", "seen", "scope", "note");

    static final Set<String> MEASURES = Set.of("budget", "revenue", "member-contributions", "assessed-contributions",
            "other-contributions", "investment-revenue", "other-revenue");
    /** Lines of a revenue statement that are net gains or losses, and so may be below zero (ICCROM 2022: investment revenue). */
    static final Set<String> MAY_BE_NEGATIVE = Set.of("investment-revenue");
    static final Set<String> STATUSES = Set.of("read", "partial", "missing");
    /** Whose document it is: the donor government's, the body's own, its host government's, a statistics compiler's, or a secondary account. */
    static final Set<String> SIDES = Set.of("us-government", "body", "host-government", "statistics", "secondary");
    private static final Pattern YEAR = Pattern.compile("(FY|CY)(\\d{4})");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private UsReportingFiles() {}

    private static volatile UsReporting bundled;
    private static volatile Snapshot bundledFor;

    /** The bundled files, checked against the snapshot (read again when the snapshot changes). */
    public static UsReporting bundled(Snapshot s) {
        if (bundled == null || bundledFor != s) {
            synchronized (UsReportingFiles.class) {
                if (bundled == null || bundledFor != s) {
                    bundled = read(DataFiles.bundled(DataFiles.Part.MAPPINGS), s);
                    bundledFor = s;
                }
            }
        }
        return bundled;
    }

    /** Reads the four files from {@code files} (a missing file reads as empty, except the document register). */
    public static UsReporting read(DataFiles files, Snapshot s) {
        List<Problem> problems = new ArrayList<>();
        // A figure cites its sources by URL, as every file of data/ does; each URL is registered in sources.csv.
        Set<String> sourceIds = new HashSet<>();
        for (Source src : s.dataset().sources()) sourceIds.add(src.url());

        List<UsDocument> documents = new ArrayList<>();
        Set<String> docIds = new HashSet<>();
        Set<String> readable = new HashSet<>();
        read(files, DOCUMENTS, DOCUMENT_COLUMNS, true, problems, l -> {
            String id = l.get("id");
            if (id.isEmpty()) problems.add(l.problem("id", id, "a document needs an id"));
            else if (!docIds.add(id)) problems.add(l.problem("id", id, "'" + id + "' is listed twice"));
            String status = l.get("status");
            if (!SIDES.contains(l.get("side"))) problems.add(l.problem("side", l.get("side"), "'" + l.get("side") + "' must be one of " + new java.util.TreeSet<>(SIDES)));
            if (!STATUSES.contains(status)) problems.add(l.problem("status", status, "'" + status + "' must be read, partial or missing"));
            if (!status.equals("missing") && l.get("url").isEmpty()) problems.add(l.problem("url", "", "a document that was read needs the address it was read at"));
            if (!status.equals("missing") && !l.get("seen").matches("\\d{4}-\\d{2}-\\d{2}")) {
                problems.add(l.problem("seen", l.get("seen"), "a document that was read needs the day it was seen (YYYY-MM-DD)"));
            }
            if (!status.equals("missing")) readable.add(id);
            if (!l.get("org").isEmpty()) org(l, "org", s, problems);
            documents.add(new UsDocument(id, l.get("org"), l.get("title"), l.get("publisher"), l.get("fiscal_year"), l.get("side"), status, l.get("url"), l.get("seen"),
                    l.get("scope"), l.get("note")));
        });

        List<UsFigure> figures = new ArrayList<>();
        Set<String> seenFigures = new HashSet<>();
        read(files, FIGURES, FIGURE_COLUMNS, false, problems, l -> {
            org(l, "org", s, problems);
            String donor = l.get("donor");
            if (s.state(donor) == null) problems.add(l.problem("donor", donor, "'" + donor + "' is not a state (ISO3) in states.csv"));
            FigurePeriod period = period(l, problems);
            Integer year = year(l, "fiscal_year", period, problems);
            String t = l.get("type");
            FigureType type = FigureType.parse(t);
            if (type == null) problems.add(l.problem("type", t, "'" + t + "' must be assessed, voluntary or total"));
            BigDecimal amount = amount(l, "amount_usd", problems);
            document(l, docIds, readable, problems);
            if (l.get("table").isEmpty()) problems.add(l.problem("table", "", "a figure needs the page or table of its document"));
            List<String> sources = sources(l, sourceIds, problems);
            if (!seenFigures.add(String.join("|", l.get("org"), donor, l.get("fiscal_year"), t, l.get("document")))) {
                problems.add(l.problem("org", l.get("org"), "the same figure (org, donor, year, type, document) is listed twice"));
            }
            if (period != null && year != null && type != null && amount != null) {
                figures.add(new UsFigure(l.get("org"), donor, year, period, type, amount, l.get("document"), l.get("table"), sources, l.line()));
            }
        });

        List<BodyBudget> budgets = new ArrayList<>();
        read(files, BUDGETS, BUDGET_COLUMNS, false, problems, l -> {
            org(l, "org", s, problems);
            FigurePeriod period = period(l, problems);
            Integer year = year(l, "year", period, problems);
            String measure = l.get("measure");
            if (!MEASURES.contains(measure)) problems.add(l.problem("measure", measure, "'" + measure + "' must be one of " + new java.util.TreeSet<>(MEASURES)));
            BigDecimal amount = MAY_BE_NEGATIVE.contains(measure) ? number(l, "amount", problems) : amount(l, "amount", problems);
            String currency = l.get("currency");
            if (!CURRENCY.matcher(currency).matches()) problems.add(l.problem("currency", currency, "'" + currency + "' is not an ISO 4217 code"));
            BigDecimal share = null;
            if (!l.get("us_share").isEmpty()) {
                share = share(l, problems);
                if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                    problems.add(l.problem("us_share", l.get("us_share"), "'" + l.get("us_share") + "' is not a share between 0 and 1"));
                    share = null;
                }
            }
            document(l, docIds, readable, problems);
            if (l.get("table").isEmpty()) problems.add(l.problem("table", "", "a figure needs the page or table of its document"));
            List<String> sources = sources(l, sourceIds, problems);
            if (period != null && year != null && amount != null) {
                budgets.add(new BodyBudget(l.get("org"), year, period, measure, amount, currency, share, l.get("document"), l.get("table"), sources, l.line()));
            }
        });

        List<ReportedTotal> totals = new ArrayList<>();
        read(files, TOTALS, TOTAL_COLUMNS, false, problems, l -> {
            document(l, docIds, readable, problems);
            Integer year = year(l, "year", null, problems);
            FigurePeriod period = l.get("year").startsWith("CY") ? FigurePeriod.CALENDAR : FigurePeriod.FISCAL;
            BigDecimal amount = amount(l, "amount_usd", problems);
            if (l.get("account").isEmpty()) problems.add(l.problem("account", "", "a total needs the account or table line it totals"));
            List<String> sources = sources(l, sourceIds, problems);
            if (year != null && amount != null) {
                totals.add(new ReportedTotal(l.get("document"), l.get("table"), year, period, l.get("account"), l.get("measure"), amount, sources, l.line()));
            }
        });
        CsvLines.require(problems);
        return new UsReporting(List.copyOf(figures), List.copyOf(budgets), List.copyOf(totals), List.copyOf(documents));
    }

    private static void read(DataFiles files, String file, List<String> columns, boolean required, List<Problem> problems,
                             Consumer<CsvLines.Line> sink) {
        try (Reader r = files.open(file)) {
            if (r == null) {
                if (required) problems.add(new Problem(file, 0, null, "", "is missing from " + files.describe()));
                return;
            }
            CsvLines.read(r, file, columns, sink, problems);
        } catch (IOException e) {
            problems.add(new Problem(file, 0, null, "", "cannot be read: " + e.getMessage()));
        }
    }

    private static void org(CsvLines.Line l, String column, Snapshot s, List<Problem> problems) {
        String org = l.get(column);
        if (s.org(org) == null) problems.add(l.problem(column, org, "'" + org + "' is not an organization id"));
    }

    private static FigurePeriod period(CsvLines.Line l, List<Problem> problems) {
        FigurePeriod p = FigurePeriod.parse(l.get("period"));
        if (p == null) problems.add(l.problem("period", l.get("period"), "'" + l.get("period") + "' must be fiscal (Oct-Sep) or calendar"));
        return p;
    }

    /** FY2023 for a fiscal year, CY2023 for a calendar year; a bare 2023 is refused (it hides which year it is). */
    static Integer year(CsvLines.Line l, String column, FigurePeriod period, List<Problem> problems) {
        String v = l.get(column);
        Matcher m = YEAR.matcher(v);
        if (!m.matches()) {
            String hint = v.matches("\\d{4}") ? ": a bare calendar year; write FY" + v + " (fiscal, Oct-Sep) or CY" + v + " (calendar)" : ": write FY2023 or CY2023";
            problems.add(l.problem(column, v, "'" + v + "' is not a fiscal or calendar year" + hint));
            return null;
        }
        FigurePeriod written = m.group(1).equals("FY") ? FigurePeriod.FISCAL : FigurePeriod.CALENDAR;
        if (period != null && written != period) {
            problems.add(l.problem(column, v, "'" + v + "' does not match period " + period.code));
            return null;
        }
        return Integer.parseInt(m.group(2));
    }

    private static BigDecimal amount(CsvLines.Line l, String column, List<Problem> problems) {
        BigDecimal v = number(l, column, problems);
        if (v != null && v.signum() < 0) {
            problems.add(l.problem(column, l.get(column), "'" + l.get(column) + "' is negative: an amount paid or budgeted is never below zero"));
            return null;
        }
        return v;
    }

    /** A share as the document states it: a decimal (0.22) or a fraction (1/3 for "an equal share" of three). */
    private static BigDecimal share(CsvLines.Line l, List<Problem> problems) {
        String v = l.get("us_share");
        int slash = v.indexOf('/');
        if (slash < 0) return number(l, "us_share", problems);
        try {
            BigDecimal n = new BigDecimal(v.substring(0, slash).trim()), d = new BigDecimal(v.substring(slash + 1).trim());
            if (d.signum() == 0) throw new NumberFormatException();
            return n.divide(d, 6, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            problems.add(l.problem("us_share", v, "'" + v + "' is not a share (0.22, or a fraction such as 1/3)"));
            return null;
        }
    }

    private static BigDecimal number(CsvLines.Line l, String column, List<Problem> problems) {
        String v = l.get(column);
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            problems.add(l.problem(column, v, "'" + v + "' is not a number (digits, no separators or currency signs)"));
            return null;
        }
    }

    private static void document(CsvLines.Line l, Set<String> ids, Set<String> readable, List<Problem> problems) {
        String d = l.get("document");
        if (d.isEmpty()) problems.add(l.problem("document", "", "a figure without its document: name the document id of " + DOCUMENTS));
        else if (!ids.contains(d)) problems.add(l.problem("document", d, "'" + d + "' is not a document id in " + DOCUMENTS));
        else if (!readable.contains(d)) problems.add(l.problem("document", d, "'" + d + "' is registered as missing: a figure cannot come from a document nobody read"));
    }

    private static List<String> sources(CsvLines.Line l, Set<String> ids, List<Problem> problems) {
        String v = l.get("sources");
        if (v.isEmpty()) {
            problems.add(l.problem("sources", "", "a figure needs at least one source URL (registered in sources.csv)"));
            return List.of();
        }
        List<String> out = Arrays.stream(v.split("\\|")).map(String::trim).toList();
        for (String id : out) if (!ids.contains(id)) problems.add(l.problem("sources", id, "'" + id + "' is not a URL registered in sources.csv"));
        return out;
    }
}
