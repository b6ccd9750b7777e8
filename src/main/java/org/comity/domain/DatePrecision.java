package org.comity.domain;

/**
 * How much of a date is known: news reports often give only a month, COW data is yearly, and before
 * 1965 COW often copied five-yearly yearbook snapshots (a year known within five).
 */
public enum DatePrecision implements Coded { DAY, MONTH, YEAR, FIVE_YEARS }
