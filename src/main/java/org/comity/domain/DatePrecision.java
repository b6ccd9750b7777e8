package org.comity.domain;

/**
 * How much of a date is known: news reports often give only a month, COW data is yearly, and before
 * 1965 COW often copied five-yearly yearbook snapshots (a year known within five). {@code BY}: only that it
 * happened on or before the day given (a member list of that day names the state; its join date is not
 * known) — written {@code by 2024-07-15}.
 */
public enum DatePrecision implements Coded { DAY, MONTH, YEAR, FIVE_YEARS, BY }
