package org.comity.domain;

import java.util.List;

/**
 * A legal act of one state (an executive order, a memorandum, a notice) that sets actions in motion.
 * {@code titleZh} is our own Chinese rendering of the title (null when none is written yet).
 */
public record Instrument(String id, String actor, InstrumentKind kind, String title, String titleZh, String citation, PartialDate date,
                         List<String> sources) implements Sourced {}
