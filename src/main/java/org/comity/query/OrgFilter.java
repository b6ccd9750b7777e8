package org.comity.query;

import org.comity.domain.Category;
import org.comity.domain.OrgKind;
import org.comity.domain.Section;

/** Which organizations to list: those of an instrument (in its order), of a section, category or kind. */
public record OrgFilter(String instrument, Section section, Category category, OrgKind kind) {
    public static OrgFilter all() {
        return new OrgFilter(null, null, null, null);
    }
}
