package org.comity.domain;

import java.time.LocalDate;

/** A page that states facts we record: where it is, who published it and when we read it. */
public record Source(String id, String url, String title, String publisher, PartialDate published, LocalDate seen) {}
