package org.comity.dataset;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.comity.domain.Coded;
import org.comity.domain.PartialDate;

/**
 * One row of a data table with its location, and typed access to its cells. Every accessor that
 * cannot make sense of a cell throws a {@link DatasetException} naming file, line, column and value.
 */
public final class Row {

    /** Separates the values of a multi-valued cell (sources). */
    public static final String LIST_SEPARATOR = "|";

    /** How a table's parse reads a column; what a {@link Probe} is told (the Data Package's schema is made from it). */
    public enum Read { TEXT, REQUIRED, DATE, DAY, INTEGER, PERIOD, CODE, LIST, CODES }

    /** Told of every cell a parse asks for, with the enum of its codes (or null). */
    public interface Probe {
        void read(String column, Read how, Class<? extends Enum<?>> codes);
    }

    private final String file;
    private final int line;
    private final Map<String, String> cells;
    /** Null except in a row made by {@link #probe}: then every accessor reports and returns a sample value. */
    private final Probe probe;

    public Row(String file, int line, Map<String, String> cells) {
        this(file, line, cells, null);
    }

    private Row(String file, int line, Map<String, String> cells, Probe probe) {
        this.file = file;
        this.line = line;
        this.cells = cells;
        this.probe = probe;
    }

    /**
     * A row with no cells that tells {@code probe} how a parse reads each column, and answers every
     * accessor with a valid sample, so that running a table's parse on it describes the table's columns.
     */
    public static Row probe(String file, Probe probe) {
        return new Row(file, 0, Map.of(), probe);
    }

    private <T> T sample(String column, Read how, Class<? extends Enum<?>> codes, T value) {
        probe.read(column, how, codes);
        return value;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The trimmed cell, or null when empty. */
    public String text(String column) {
        if (probe != null) return sample(column, Read.TEXT, null, column);
        String v = cells.get(column);
        if (v == null) return null;
        v = v.trim();
        return v.isEmpty() ? null : v;
    }

    public String required(String column) {
        if (probe != null) return sample(column, Read.REQUIRED, null, column);
        String v = text(column);
        if (v == null) throw problem(column, "", "is required");
        return v;
    }

    public PartialDate date(String column) {
        if (probe != null) return sample(column, Read.DATE, null, PartialDate.parse("2000-01-01"));
        String v = text(column);
        if (v == null) return null;
        try {
            return PartialDate.parse(v);
        } catch (IllegalArgumentException e) {
            throw problem(column, v, "'" + v + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }

    public LocalDate day(String column) {
        if (probe != null) return sample(column, Read.DAY, null, LocalDate.of(2000, 1, 1));
        String v = text(column);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw problem(column, v, "'" + v + "' is not a day (YYYY-MM-DD)");
        }
    }

    public Integer integer(String column) {
        if (probe != null) return sample(column, Read.INTEGER, null, 1);
        String v = text(column);
        if (v == null) return null;
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw problem(column, v, "'" + v + "' is not a whole number");
        }
    }

    public Period period(String column) {
        if (probe != null) return sample(column, Read.PERIOD, null, Period.ofYears(1));
        String v = text(column);
        if (v == null) return null;
        try {
            return Period.parse(v);
        } catch (DateTimeParseException e) {
            throw problem(column, v, "'" + v + "' is not an ISO 8601 period such as P1Y or P6M");
        }
    }

    public <E extends Enum<E> & Coded> E code(String column, Class<E> type) {
        if (probe != null) return sample(column, Read.CODE, type, type.getEnumConstants()[0]);
        String v = text(column);
        if (v == null) return null;
        try {
            return Coded.parse(type, v);
        } catch (IllegalArgumentException e) {
            throw problem(column, v, e.getMessage());
        }
    }

    public <E extends Enum<E> & Coded> E requiredCode(String column, Class<E> type) {
        required(column);
        return code(column, type);
    }

    /** A multi-valued cell split on {@link #LIST_SEPARATOR}; empty list when the cell is empty. */
    public List<String> list(String column) {
        if (probe != null) return sample(column, Read.LIST, null, List.of());
        String v = text(column);
        if (v == null) return List.of();
        return Arrays.stream(v.split("\\" + LIST_SEPARATOR)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A multi-valued cell of codes, each checked against {@code type}. */
    public <E extends Enum<E> & Coded> List<E> codes(String column, Class<E> type) {
        if (probe != null) return sample(column, Read.CODES, type, List.of());
        List<E> out = new java.util.ArrayList<>();
        for (String v : list(column)) {
            try {
                out.add(Coded.parse(type, v));
            } catch (IllegalArgumentException e) {
                throw problem(column, v, e.getMessage());
            }
        }
        return List.copyOf(out);
    }

    public DatasetException problem(String column, String value, String message) {
        return new DatasetException(new Problem(file, line, column, value, message));
    }
}
