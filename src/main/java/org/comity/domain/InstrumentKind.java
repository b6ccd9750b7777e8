package org.comity.domain;

public enum InstrumentKind implements Coded {
    EXECUTIVE_ORDER, MEMORANDUM, NOTIFICATION, ANNOUNCEMENT, LETTER, INSTRUMENT_OF_ACCEPTANCE, STATEMENT, LAW
}
