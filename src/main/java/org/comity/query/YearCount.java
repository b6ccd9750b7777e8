package org.comity.query;

/**
 * How many states belonged to an organization at some time in a year, and by which record; {@code members}
 * is null for a year no record covers (a gap in a chart, not a zero).
 */
public record YearCount(int year, Integer members, String record) {}
