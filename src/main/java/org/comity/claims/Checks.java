package org.comity.claims;

import java.util.Arrays;
import java.util.List;
import org.comity.domain.ClaimCheck;
import org.comity.domain.Coded;
import org.comity.domain.Section;
import org.comity.funding.Denominator;

/** The check a row of claim-checks.csv describes, with its parameters typed (the row was checked when read). */
final class Checks {

    private Checks() {}

    static Check of(ClaimCheck k) {
        return switch (k.method()) {
            case INSTRUMENT_DATE -> new InstrumentDate(k.param("instrument"));
            case INSTRUMENT_KIND -> new InstrumentKind(k.param("instrument"));
            case ACTION_COUNT -> new ActionCount(k.param("instrument"),
                    k.param("section") == null ? null : Coded.parse(Section.class, k.param("section")));
            case YEARS_SINCE -> new YearsSince(k.param("org"), day(k, "on"));
            case FOUNDED -> new Founded(k.param("org"), k.param("parent"));
            case INSTRUMENT_LISTS -> new InstrumentLists(k.param("instrument"));
            case FIRST_TO_LEAVE -> new FirstToLeave(k.param("org"), k.param("state"), day(k, "on"));
            case LEFT_BETWEEN -> new LeftBetween(k.param("state"), k.param("org"), day(k, "from"), day(k, "to"));
            case EXIT_DATES -> new ExitDates(k.param("state"), k.param("org"), day(k, "after"));
            case FUNDING_SHARE -> new FundingShare(k.param("donor"), k.param("org"), Integer.parseInt(k.param("year")),
                    Denominator.parse(k.param("denominator")), Money.types(k.param("types")),
                    FundingShare.Alternative.parse(k.param("alternatives")));
            case FUNDING_AMOUNT -> new FundingAmount(k.param("donor"), k.param("org"), years(k.param("years")),
                    Money.types(k.param("types")), "yes".equals(k.param("partial")));
            case UNVERIFIABLE -> new Unverifiable(k.param("reason"));
        };
    }

    private static java.time.LocalDate day(ClaimCheck k, String param) {
        return java.time.LocalDate.parse(k.param(param));
    }

    private static List<Integer> years(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
