package org.comity.web.view;

/** A count with its label; {@code status} set when the label is a status badge. */
public record Card(long count, String label, String status) {}
