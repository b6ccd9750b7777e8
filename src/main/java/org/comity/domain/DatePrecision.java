package org.comity.domain;

/** How much of a date is known: COW data is yearly, news reports often give only a month. */
public enum DatePrecision implements Coded { DAY, MONTH, YEAR }
