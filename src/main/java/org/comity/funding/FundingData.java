package org.comity.funding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An immutable view of the funding figures: entity revenue, government donors' totals and individual
 * donors' contributions, indexed by organization and by donor state. Queries read one view from start to end.
 */
public final class FundingData {

    private final List<EntityAmount> revenue;
    private final List<EntityAmount> governmentTotals;
    private final List<Contribution> contributions;
    private final Map<String, List<EntityAmount>> revenueByOrg;
    private final Map<String, List<EntityAmount>> governmentByOrg;
    private final Map<String, List<Contribution>> contributionsByState;

    public FundingData(List<EntityAmount> revenue, List<EntityAmount> governmentTotals, List<Contribution> contributions) {
        this.revenue = List.copyOf(revenue);
        this.governmentTotals = List.copyOf(governmentTotals);
        this.contributions = List.copyOf(contributions);
        this.revenueByOrg = group(this.revenue, EntityAmount::org);
        this.governmentByOrg = group(this.governmentTotals, EntityAmount::org);
        this.contributionsByState = group(this.contributions, Contribution::state);
    }

    public static FundingData empty() {
        return new FundingData(List.of(), List.of(), List.of());
    }

    public List<EntityAmount> revenue() { return revenue; }
    public List<EntityAmount> governmentTotals() { return governmentTotals; }
    public List<Contribution> contributions() { return contributions; }

    public boolean isEmpty() {
        return revenue.isEmpty() && governmentTotals.isEmpty() && contributions.isEmpty();
    }

    /** Revenue lines of the entities mapped to {@code org}, every year. */
    public List<EntityAmount> revenueOf(String org) { return revenueByOrg.getOrDefault(org, List.of()); }

    /** Government donors' totals of the entities mapped to {@code org}, every year. */
    public List<EntityAmount> governmentTotalsOf(String org) { return governmentByOrg.getOrDefault(org, List.of()); }

    /** Contributions of the state {@code iso3}, every entity and year. */
    public List<Contribution> contributionsOf(String iso3) { return contributionsByState.getOrDefault(iso3, List.of()); }

    /** The years with any revenue figure, oldest first. */
    public List<Integer> years() {
        TreeSet<Integer> ys = new TreeSet<>();
        revenue.forEach(r -> ys.add(r.year()));
        governmentTotals.forEach(r -> ys.add(r.year()));
        return List.copyOf(ys);
    }

    private static <T> Map<String, List<T>> group(List<T> records, Function<T, String> key) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        for (T r : records) {
            String k = key.apply(r);
            if (k != null) out.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }
}
