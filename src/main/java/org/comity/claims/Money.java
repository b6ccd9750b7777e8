package org.comity.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.comity.domain.Coded;
import org.comity.funding.CebImporter;
import org.comity.funding.Contribution;
import org.comity.funding.Denominator;
import org.comity.funding.EntityAmount;
import org.comity.funding.FundingData;
import org.comity.funding.RevenueType;
import org.comity.funding.Usd;

/** What the funding checks share: the revenue types a row names, and the CEB rows a figure rests on. */
final class Money {

    private Money() {}

    /** The types of {@code types=}: all, contributions (assessed and voluntary), voluntary, or one type. */
    static Set<RevenueType> types(String text) {
        return switch (text) {
            case "all" -> EnumSet.allOf(RevenueType.class);
            case "voluntary" -> EnumSet.of(RevenueType.VOLUNTARY_CORE, RevenueType.VOLUNTARY_EARMARKED);
            case "contributions" -> EnumSet.of(RevenueType.ASSESSED, RevenueType.VOLUNTARY_CORE, RevenueType.VOLUNTARY_EARMARKED);
            default -> EnumSet.of(Coded.parse(RevenueType.class, text));
        };
    }

    /** The figures behind a share, one row per CEB entity: the donor's amount and the denominator's. */
    static List<Object> sourceRows(FundingData d, String donor, String org, int year, Denominator of, Set<RevenueType> types) {
        Map<String, BigDecimal[]> byEntity = new TreeMap<>();
        for (Contribution x : d.contributionsOf(donor)) {
            if (x.year() == year && types.contains(x.type()) && (org == null || org.equals(x.org()))) {
                cell(byEntity, x.entity())[0] = cell(byEntity, x.entity())[0].add(x.usd());
            }
        }
        for (EntityAmount a : of == Denominator.GOVERNMENT_DONORS ? d.governmentTotals() : d.revenue()) {
            if (a.year() == year && types.contains(a.type()) && (org == null || org.equals(a.org()))) {
                cell(byEntity, a.entity())[1] = cell(byEntity, a.entity())[1].add(a.usd());
            }
        }
        List<Object> rows = new ArrayList<>();
        byEntity.forEach((e, v) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ceb_entity", e);
            r.put("year", year);
            r.put("donor_usd", Usd.rounded(v[0]));
            r.put(of == Denominator.GOVERNMENT_DONORS ? "government_total_usd" : "total_revenue_usd", Usd.rounded(v[1]));
            r.put("source", of == Denominator.GOVERNMENT_DONORS ? CebImporter.DONOR_SOURCE : CebImporter.REVENUE_SOURCE);
            rows.add(r);
        });
        return rows;
    }

    private static BigDecimal[] cell(Map<String, BigDecimal[]> byEntity, String entity) {
        return byEntity.computeIfAbsent(entity, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    }
}
