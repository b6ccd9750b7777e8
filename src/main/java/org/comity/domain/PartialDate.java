package org.comity.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date known to a day, a month or a year. {@link #date()} is the first day of the period it names,
 * which is what comparisons use: a membership that began "1948" counts from 1 Jan 1948.
 */
public record PartialDate(LocalDate date, DatePrecision precision) implements Comparable<PartialDate> {

    public PartialDate {
        if (date == null || precision == null) throw new IllegalArgumentException("date and precision are required");
    }

    public static PartialDate day(LocalDate date) {
        return new PartialDate(date, DatePrecision.DAY);
    }

    public static PartialDate year(int year, DatePrecision precision) {
        return new PartialDate(LocalDate.of(year, 1, 1), precision);
    }

    /** Every form {@link #parse} accepts, as a regular expression (the pattern the Data Package gives such a column). */
    public static final String FORMS = "^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|by [0-9]{4}-[0-9]{2}-[0-9]{2})$";

    /** Parses {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or {@code by YYYY-MM-DD}. */
    public static PartialDate parse(String text) {
        String t = text.trim();
        try {
            if (t.startsWith("by ") && t.length() == 13) return new PartialDate(LocalDate.parse(t.substring(3)), DatePrecision.BY);
            switch (t.length()) {
                case 10: return new PartialDate(LocalDate.parse(t), DatePrecision.DAY);
                case 7: return new PartialDate(LocalDate.parse(t + "-01"), DatePrecision.MONTH);
                case 4: return new PartialDate(LocalDate.of(Integer.parseInt(t), 1, 1), DatePrecision.YEAR);
                default: break;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // fall through to the one message below
        }
        throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD, YYYY-MM, YYYY or by YYYY-MM-DD)");
    }

    /** Whether only an upper bound is known ("by 2024-07-15"). */
    public boolean bound() {
        return precision == DatePrecision.BY;
    }

    public boolean isAfter(LocalDate other) {
        return date.isAfter(other);
    }

    public boolean isOnOrBefore(LocalDate other) {
        return !date.isAfter(other);
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = date.compareTo(o.date);
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public String toString() {
        switch (precision) {
            case YEAR:
            case FIVE_YEARS: return String.format("%04d", date.getYear());
            case MONTH: return String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case BY: return "by " + date;
            default: return date.toString();
        }
    }
}
