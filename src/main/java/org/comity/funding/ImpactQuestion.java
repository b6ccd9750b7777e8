package org.comity.funding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.comity.domain.Action;
import org.comity.domain.Instrument;
import org.comity.query.BadInputException;
import org.comity.query.Lookup;
import org.comity.query.NotFoundException;
import org.comity.snapshot.Snapshot;

/**
 * An impact question as typed (CLI options or query parameters), resolved against the snapshot: the
 * organizations are an instrument's (or those named), the donors its actor (or those named).
 */
public record ImpactQuestion(String instrument, List<String> donors, List<String> orgs, int year, Denominator denominator) {

    public static ImpactQuestion resolve(Snapshot s, FundingData d, String instrument, List<String> donors, List<String> orgs,
                                         Integer year, String denominator) {
        Instrument i = null;
        if (instrument != null && !instrument.isBlank()) {
            i = s.instrument(instrument.trim());
            if (i == null) throw new NotFoundException("no instrument '" + instrument + "' (see instruments.csv)");
        }
        Set<String> orgIds = new LinkedHashSet<>();
        for (String o : split(orgs)) orgIds.add(Lookup.org(s, o).id());
        if (orgIds.isEmpty() && i != null) for (Action a : s.actionsOf(i.id())) orgIds.add(a.org());
        Set<String> donorIds = new LinkedHashSet<>();
        for (String st : split(donors)) donorIds.add(Lookup.state(s, st).iso3());
        if (donorIds.isEmpty() && i != null) donorIds.add(i.actor());
        if (orgIds.isEmpty() || donorIds.isEmpty()) {
            throw new BadInputException("give --instrument, or both --donor and --org (e.g. --donor USA --donor ARG --org who)");
        }
        Integer y = year != null ? year : Impact.latestYear(d);
        if (y == null) throw new NotFoundException("the funding store is empty (run: comity import ceb DIR)");
        return new ImpactQuestion(i == null ? null : i.id(), List.copyOf(donorIds), List.copyOf(orgIds), y, Denominator.parse(denominator));
    }

    /** The question an act's page asks, as {@code comity impact --instrument ID} does: its organizations, its actor, the latest year, shares of total revenue. */
    public static ImpactQuestion ofInstrument(Snapshot s, FundingData d, Instrument i) {
        return resolve(s, d, i.id(), null, null, null, null);
    }

    /** What one organization's money from some donors was in a year, of its total revenue (the organization page, year by year). */
    public static ImpactQuestion ofOrganization(String org, List<String> donors, int year) {
        return new ImpactQuestion(null, List.copyOf(donors), List.of(org), year, Denominator.TOTAL_REVENUE);
    }

    /** The answer: every page, verb and route that shows money at risk asks here. */
    public Impact.Answer answer(FundingData d, Snapshot s) {
        return answer(d, UsReportingFiles.bundled(s), s);
    }

    /** The answer over the given second source (the bundled one unless a test or an import names another). */
    public Impact.Answer answer(FundingData d, UsReporting us, Snapshot s) {
        return Impact.compute(d, us, orgs, donors, year, denominator, id -> s.org(id) == null ? null : s.org(id).parent(),
                id -> s.org(id) == null ? null : s.org(id).kind());
    }

    /** Values given several times or comma-separated ("USA,ARG"). */
    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values == null) return out;
        for (String v : values) for (String p : v.split(",")) if (!p.isBlank()) out.add(p.trim());
        return out;
    }
}
