package org.comity.domain;

import java.util.List;

/**
 * The kinds of claim check, each with the parameters its row of {@code claim-checks.csv} gives. The
 * code that runs each is in {@code org.comity.claims} (one class a kind); what a parameter must be is
 * declared here, so a row is checked when it is read (names, dates, years, choices) and by the validator
 * (the organizations, states and instruments it names must exist).
 */
public enum CheckMethod implements Coded {
    /** The date of an act. */
    INSTRUMENT_DATE(required("instrument", Kind.INSTRUMENT)),
    /** What kind of act an act is (memorandum, executive order ...). */
    INSTRUMENT_KIND(required("instrument", Kind.INSTRUMENT)),
    /** How many organizations an act lists, in one of its sections or in all. */
    ACTION_COUNT(required("instrument", Kind.INSTRUMENT), optional("section", Kind.SECTION)),
    /** Years from an organization's founding to a day. */
    YEARS_SINCE(required("org", Kind.ORG), required("on", Kind.DAY)),
    /** An organization's founding year (and, optionally, the body it was founded under). */
    FOUNDED(required("org", Kind.ORG), optional("parent", Kind.ORG)),
    /** Whether an act lists every organization the claim names (ids, {@code ;} between them, as expected). */
    INSTRUMENT_LISTS(required("instrument", Kind.INSTRUMENT)),
    /** Which state first gave notice of leaving an organization, and its status on a day. */
    FIRST_TO_LEAVE(required("org", Kind.ORG), required("state", Kind.STATE), required("on", Kind.DAY)),
    /** Whether a state's exit from an organization took effect within a period. */
    LEFT_BETWEEN(required("state", Kind.STATE), required("org", Kind.ORG), required("from", Kind.DAY),
            required("to", Kind.DAY)),
    /** The dates (announced, notice, effective) of a state's exits from an organization after a day. */
    EXIT_DATES(required("state", Kind.STATE), required("org", Kind.ORG), required("after", Kind.DAY)),
    /** A donor's share of an organization's (or the UN system's) money, with other definitions reported. */
    FUNDING_SHARE(required("donor", Kind.STATE), optional("org", Kind.ORG), required("year", Kind.YEAR),
            required("denominator", Kind.DENOMINATOR), required("types", Kind.REVENUE_TYPES),
            optional("alternatives", Kind.ALTERNATIVES)),
    /** What a donor gave an organization over some years. */
    FUNDING_AMOUNT(required("donor", Kind.STATE), required("org", Kind.ORG), required("years", Kind.YEARS),
            required("types", Kind.REVENUE_TYPES), optional("partial", Kind.YES_NO)),
    /** A claim the data cannot check, with the reason. */
    UNVERIFIABLE(required("reason", Kind.TEXT), optional("reason_zh", Kind.TEXT));

    /** What a parameter's value must be. */
    public enum Kind {
        /** An organization id of organizations.csv. */
        ORG,
        /** A state (ISO alpha-3) of states.csv. */
        STATE,
        /** An instrument id of instruments.csv. */
        INSTRUMENT,
        /** A section code ({@link Section}). */
        SECTION,
        /** A day, YYYY-MM-DD. */
        DAY,
        /** A calendar year, YYYY. */
        YEAR,
        /** Calendar years, comma-separated. */
        YEARS,
        /** All government donors' contributions, or the organization's total revenue. */
        DENOMINATOR("government", "revenue"),
        /** Every type, assessed and voluntary, voluntary (core and earmarked), or one revenue type. */
        REVENUE_TYPES("all", "contributions", "voluntary", "assessed", "voluntary-core", "voluntary-earmarked", "other"),
        /** Other definitions to report: {@code YEAR:DENOMINATOR}, {@code |} between them. */
        ALTERNATIVES,
        YES_NO("yes", "no"),
        /** Free text. */
        TEXT;

        private final List<String> choices;

        Kind(String... choices) {
            this.choices = List.of(choices);
        }

        /** The words a value may be, for the kinds that are one of a few words; else empty. */
        public List<String> choices() {
            return choices;
        }
    }

    /** One parameter of a method. */
    public record Param(String name, Kind kind, boolean required) {}

    private final List<Param> params;

    CheckMethod(Param... params) {
        this.params = List.of(params);
    }

    public List<Param> params() {
        return params;
    }

    /** The declared parameter named {@code name}, or null. */
    public Param param(String name) {
        for (Param p : params) if (p.name().equals(name)) return p;
        return null;
    }

    private static Param required(String name, Kind kind) {
        return new Param(name, kind, true);
    }

    private static Param optional(String name, Kind kind) {
        return new Param(name, kind, false);
    }
}
