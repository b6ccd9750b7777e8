package org.comity.domain;

import java.util.List;

/** A legal act of one state (an executive order, a memorandum, a notice) that sets actions in motion. */
public record Instrument(String id, String actor, InstrumentKind kind, String title, String citation, PartialDate date,
                         List<String> sources) implements Sourced {}
