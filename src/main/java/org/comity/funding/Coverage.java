package org.comity.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.comity.domain.OrgKind;

/**
 * One organization's money from the leaving donors over every source: the CEB statistics (what the body
 * reported receiving, calendar year), the donor's own reporting (what it paid, its fiscal year) and the
 * body's own accounts (the denominator); which source the answer rests on and why; where two sources
 * disagree; and, without any US amount, the reason and what was searched. Pure.
 */
public record Coverage(String org, String chosen, String why, List<Figure> figures, List<BodyBudget> bodyAccounts,
                       List<String> disagreements, Reason reason, List<String> searched) {

    public static final String CEB = "ceb", US_REPORTING = "us-reporting", BODY_ACCOUNTS = "body-accounts", NONE = "none";

    /** One figure of one source: the year as that source counts it (FY2023, calendar 2023), never a bare year. */
    public record Figure(String source, String donor, String yearLabel, String type, BigDecimal amountUsd, String document,
                         String table, List<String> sources) {}

    /** Two sources differing by more than this fraction of the larger are shown as disagreeing. */
    static final BigDecimal DISAGREEMENT = new BigDecimal("0.10");

    /** Whether any source gives what the donors paid (the count the impact question reports). */
    public boolean hasUsAmount() {
        return chosen.equals(CEB) || chosen.equals(US_REPORTING) || figures.stream().anyMatch(f -> f.source().equals(BODY_ACCOUNTS));
    }

    static Coverage of(String org, Impact.Row ceb, Reason cebReason, UsReporting us, List<String> donors, int year, OrgKind kind,
                       String host) {
        List<Figure> figures = new ArrayList<>();
        if (ceb != null) {
            for (var e : ceb.byDonor().entrySet()) {
                figures.add(new Figure(CEB, e.getKey(), FigurePeriod.CALENDAR.label(year), "total", Usd.rounded(e.getValue().total()),
                        "ceb-financial-statistics", "revenue by government donor, " + String.join("+", ceb.entities()),
                        List.of(CebImporter.DONOR_SOURCE)));
            }
        }
        // the donor's own reporting counts in its fiscal year, a body's accounts in the body's (calendar) year
        BigDecimal usTotal = BigDecimal.ZERO, bodyTotal = BigDecimal.ZERO;
        boolean usFound = false, bodyFound = false;
        for (String donor : donors) {
            for (FigurePeriod period : FigurePeriod.values()) {
                for (UsFigure f : us.figuresOf(org, donor, year, period)) {
                    boolean body = "body".equals(us.sideOf(f.document()));
                    figures.add(new Figure(body ? BODY_ACCOUNTS : US_REPORTING, donor, f.yearLabel(), f.type().code, f.amountUsd(), f.document(),
                            f.table(), f.sources()));
                    if (body) bodyFound = true;
                    else usFound = true;
                    if (body) bodyTotal = bodyTotal.add(f.amountUsd());
                    else usTotal = usTotal.add(f.amountUsd());
                }
            }
        }
        List<BodyBudget> accounts = us.budgetsOf(org);
        List<String> disagreements = new ArrayList<>();
        List<Object[]> totals = new ArrayList<>(); // {label, amount}
        if (ceb != null) totals.add(new Object[] {"CEB " + FigurePeriod.CALENDAR.label(year), ceb.fromDonors().total()});
        if (usFound) totals.add(new Object[] {"US reporting " + FigurePeriod.FISCAL.label(year), usTotal});
        if (bodyFound) totals.add(new Object[] {"the body's own account " + FigurePeriod.CALENDAR.label(year), bodyTotal});
        for (int i = 0; i < totals.size(); i++) {
            for (int j = i + 1; j < totals.size(); j++) {
                BigDecimal a = (BigDecimal) totals.get(i)[1], b = (BigDecimal) totals.get(j)[1];
                BigDecimal max = a.max(b);
                if (max.signum() > 0 && a.subtract(b).abs().divide(max, 4, RoundingMode.HALF_UP).compareTo(DISAGREEMENT) > 0) {
                    disagreements.add(totals.get(i)[0] + ": USD " + Usd.rounded(a).toPlainString() + " against " + totals.get(j)[0] + ": USD "
                            + Usd.rounded(b).toPlainString() + " (more than " + DISAGREEMENT.movePointRight(2).intValue()
                            + "% apart; the years and what is counted may differ: revenue recognised, obligations, payments)");
                }
            }
        }
        List<String> searched = us.documents().stream().filter(x -> x.org().isEmpty() || x.org().equals(org)).map(UsDocument::id).toList();
        if (usFound) {
            return new Coverage(org, US_REPORTING, "the donor government's own reporting of what it paid (" + FigurePeriod.FISCAL.label(year)
                    + ", October-September)" + (ceb != null ? "; the CEB figure is shown beside it" : ""), figures, accounts, disagreements, null, searched);
        }
        if (bodyFound && ceb == null) {
            return new Coverage(org, BODY_ACCOUNTS, "the body's own account of what the donor gave (" + FigurePeriod.CALENDAR.label(year)
                    + "); no US-reported figure for " + FigurePeriod.FISCAL.label(year) + " was found", figures, accounts, disagreements, null, searched);
        }
        if (ceb != null) {
            return new Coverage(org, CEB, "what the organization reported receiving from the donor (CEB, " + FigurePeriod.CALENDAR.label(year)
                    + "); no US-reported figure for " + FigurePeriod.FISCAL.label(year) + " was found", figures, accounts, disagreements, null, searched);
        }
        Reason noUs = Reason.of(Reason.Why.NO_US_FIGURE, new Reason.FiscalYear(year));
        Reason reason = cebReason == null ? noUs : cebReason.and(noUs);
        Reason why = whyNoFigure(kind, host);
        if (why != null) reason = reason.and(why);
        if (!accounts.isEmpty()) {
            return new Coverage(org, BODY_ACCOUNTS, "only the body's own accounts: its budget or revenue, without what the donor paid",
                    figures, accounts, disagreements, reason, searched);
        }
        return new Coverage(org, NONE, null, figures, accounts, disagreements, reason, searched);
    }

    /** What the record's kind of body says about where its money would be found (organizations.csv: kind, parent); null when nothing. */
    static Reason whyNoFigure(OrgKind kind, String host) {
        if (kind == null) return null;
        return switch (kind) {
            case PARTNERSHIP -> Reason.of(Reason.Why.PARTNERSHIP);
            case INTERAGENCY_MECHANISM -> host == null ? Reason.of(Reason.Why.INTERAGENCY)
                    : Reason.of(Reason.Why.INTERAGENCY_HOSTED, new org.comity.domain.Sentence.Id(host));
            case OFFICE, SECRETARIAT_DEPARTMENT, SUBSIDIARY_BODY, REGIONAL_COMMISSION ->
                    host == null ? Reason.of(Reason.Why.PARENT) : Reason.of(Reason.Why.WITHIN, new org.comity.domain.Sentence.Id(host));
            case FUND, PROGRAMME -> Reason.of(Reason.Why.VOLUNTARY);
            default -> Reason.of(Reason.Why.OWN_BUDGET);
        };
    }
}
