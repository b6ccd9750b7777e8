package org.comity.domain;

import java.util.List;

/** An international organization, treaty, body or partnership that states can belong to or fund. */
public record Organization(
        String id,
        String nameEn,
        String nameZh,
        String acronym,
        OrgKind kind,
        JoinedBy joinedBy,
        UnSystem unSystem,
        String parent,
        String parentNote,
        Category category,
        Integer founded,
        String headquarters,
        String website,
        String wikidata,
        List<String> sources,
        String headquartersZh,
        String parentNoteZh) implements Sourced {

    /** Without Chinese texts of its own (the headquarters and the parent note shown in English on the Chinese site). */
    public Organization(String id, String nameEn, String nameZh, String acronym, OrgKind kind, JoinedBy joinedBy, UnSystem unSystem,
                        String parent, String parentNote, Category category, Integer founded, String headquarters, String website,
                        String wikidata, List<String> sources) {
        this(id, nameEn, nameZh, acronym, kind, joinedBy, unSystem, parent, parentNote, category, founded, headquarters, website,
                wikidata, sources, null, null);
    }

    /** Whether states belong to it at all; bodies without membership can only be funded or joined in. */
    public boolean hasMembership() {
        return joinedBy != JoinedBy.NONE;
    }

    /** The acronym when there is one, else the English name: what a table shows. */
    public String shortName() {
        return acronym == null || acronym.isEmpty() ? nameEn : acronym;
    }
}
