package org.comity.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sums shared by the importer and the extract. */
final class FundingMath {

    private FundingMath() {}

    private record Cell(int year, String entity, String org, RevenueType type) {}

    /** Government donors' total per entity, year and type (non-state entries of CEB's donor list left out). */
    static List<EntityAmount> governmentTotals(List<Contribution> contributions) {
        Map<Cell, BigDecimal> sums = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            if (c.government()) sums.merge(new Cell(c.year(), c.entity(), c.org(), c.type()), c.usd(), BigDecimal::add);
        }
        List<EntityAmount> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new EntityAmount(k.year(), k.entity(), k.org(), k.type(), v, CebImporter.DONOR_SOURCE)));
        return out;
    }
}
