package org.comity.query;

/** How many states belonged to an organization at some time in a year. */
public record YearCount(int year, int members) {}
