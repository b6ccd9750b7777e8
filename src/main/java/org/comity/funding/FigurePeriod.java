package org.comity.funding;

/** Whose year a figure counts in: the donor's fiscal year (US: October to September) or the calendar year. */
public enum FigurePeriod {
    FISCAL("fiscal"), CALENDAR("calendar");

    public final String code;

    FigurePeriod(String code) {
        this.code = code;
    }

    /** {@code FY2023} for a fiscal year, {@code calendar 2023} for a calendar year: never a bare year. */
    public String label(int year) {
        return this == FISCAL ? "FY" + year : "calendar " + year;
    }

    public static FigurePeriod parse(String s) {
        for (FigurePeriod p : values()) if (p.code.equals(s)) return p;
        return null;
    }
}
