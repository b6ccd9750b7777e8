package org.comity.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.comity.domain.Sentence;

/**
 * Why an organization has no figure of what the donors paid: one or more parts, each a code with its values.
 * The English sentence is made here, once (the API's {@code reason}); the site says the same parts in Chinese
 * from its messages ({@code reason.<code>}), filling in the values its own way (names for ids, 亿美元 for USD),
 * so that no page has to read an English sentence back.
 */
public record Reason(List<Sentence> parts) {

    /** A fiscal year of the donor (US: October to September): "FY2023" in English. */
    public record FiscalYear(int year) {
        @Override
        public String toString() {
            return FigurePeriod.FISCAL.label(year);
        }
    }

    /** An amount in US dollars: "USD 123" in English (whole dollars), 亿美元 on the Chinese site. */
    public record Dollars(BigDecimal amount) {
        @Override
        public String toString() {
            return "USD " + amount.toBigInteger();
        }
    }

    /** What can be said, each with its English form; {@code %s} places take the part's values in order. */
    public enum Why implements Sentence.Form {
        NOT_REPORTED("not reported on its own in the CEB statistics"),
        PART_OF("its money is part of %s's figures"),
        NO_YEAR("no CEB figures for %s (figures for %s-%s)"),
        NO_BREAKDOWN("CEB has revenue for %s (%s) but no usable breakdown by government donor (their total: %s)"),
        NO_US_FIGURE("no US-reported figure for %s"),
        PARTNERSHIP("recorded as a partnership of participants (organizations.csv): no dues schedule to look up; US money reaches "
                + "such a body as grants to its secretariat or projects, which only US award data (ForeignAssistance.gov, USAspending) would show"),
        INTERAGENCY("an inter-agency mechanism of the UN system: member states pay it no dues; its costs are borne by its member entities"),
        INTERAGENCY_HOSTED("an inter-agency mechanism of the UN system: member states pay it no dues; its costs are borne by its member "
                + "entities (%s)"),
        WITHIN("financed within %s's budget, of which the US pays its assessed share; the body's own section of that budget is in a "
                + "budget document not read"),
        PARENT("a body without accounts of its own in the sources read: its money sits in its parent's budget"),
        VOLUNTARY("financed by voluntary contributions: the US amount would be in the State Department's or USAID's reporting of FY "
                + "contributions, which is not in stored material"),
        OWN_BUDGET("a body with a budget of its own: neither its accounts with the US share nor the US reporting of what it paid are "
                + "in stored material");

        private final String english;

        Why(String english) {
            this.english = english;
        }

        @Override
        public String template() {
            return english;
        }
    }

    public static Reason of(Why why, Object... values) {
        return new Reason(List.of(Sentence.of(why, values)));
    }

    /** This reason with {@code more} said after it. */
    public Reason and(Reason more) {
        List<Sentence> all = new ArrayList<>(parts);
        all.addAll(more.parts);
        return new Reason(List.copyOf(all));
    }

    /** The English sentence: the parts joined by semicolons. */
    public String english() {
        return parts.stream().map(Sentence::english).collect(Collectors.joining("; "));
    }

    public List<String> codes() {
        return parts.stream().map(Sentence::code).toList();
    }
}
