package org.comity.funding;

/** What kind of money a reported figure is: dues set by the body, money given of the donor's choosing, or both. */
public enum FigureType {
    ASSESSED("assessed"), VOLUNTARY("voluntary"), TOTAL("total");

    public final String code;

    FigureType(String code) {
        this.code = code;
    }

    public static FigureType parse(String s) {
        for (FigureType t : values()) if (t.code.equals(s)) return t;
        return null;
    }
}
