package org.comity.domain;

import java.time.LocalDate;

/** A page that states facts we record: where it is, who published it, when we read it, and how strong it is. */
public record Source(String id, String url, String title, String publisher, PartialDate published, LocalDate seen,
                     SourceKind kind) {

    public boolean primary() {
        return kind == SourceKind.PRIMARY;
    }
}
