package org.comity.release;

import java.util.List;
import java.util.Map;
import org.comity.dataset.Table;

/**
 * What a Data Package says of each table that {@code Tables} does not: its title, the key that
 * identifies a row (the stable id of a fact in CHANGES.json), the tables its ids refer to, and which
 * kind of published id it holds. Tables of one directory ({@code actions/}, {@code members/}) share one
 * entry: their file name is itself a reference ({@code actions/<instrument>.csv}). A test requires an
 * entry for every table and checks every key and reference on the bundled data.
 */
final class Keys {

    /** {@code fields} of this table name a row of {@code table} by its {@code references} (null table: this one). */
    record ForeignKey(List<String> fields, String table, List<String> references) {}

    /** The file name of a table in a directory is the {@code column} value of a row of {@code table}. */
    record FileKey(String column, String table, String field) {}

    /**
     * @param idKind the kind of published id its primary key is ({@code organization}, {@code instrument}),
     *               which may never disappear without a row in replaced-ids.csv; null for other tables
     */
    record Entry(String title, List<String> primaryKey, List<List<String>> uniqueKeys, List<ForeignKey> foreignKeys,
                 FileKey fileKey, String idKind) {}

    private static final ForeignKey ORG = fk("org", "organizations", "id");

    private static final Map<String, Entry> ENTRIES = Map.ofEntries(
            Map.entry("sources", new Entry("Every page cited by a fact: title, publisher, dates, kind",
                    List.of("url"), List.of(List.of("id")), List.of(), null, null)),
            Map.entry("organizations", new Entry("International organizations, treaties and bodies: names, kind, place in the UN system",
                    List.of("id"), List.of(), List.of(new ForeignKey(List.of("parent"), null, List.of("id"))), null, "organization")),
            Map.entry("aliases", new Entry("Other names, acronyms and spellings of each organization, by language",
                    List.of("org", "lang", "alias"), List.of(), List.of(ORG), null, null)),
            Map.entry("states", new Entry("States (ISO 3166-1 alpha-3), with their Correlates of War codes",
                    List.of("iso3"), List.of(), List.of(), null, null)),
            Map.entry("instruments", new Entry("Legal acts (memoranda, notices, executive orders...) behind the actions",
                    List.of("id"), List.of(), List.of(fk("actor", "states", "iso3")), null, "instrument")),
            Map.entry("actions", new Entry("What one legal act does to each organization it names, in the act's order",
                    List.of("seq"), List.of(), List.of(ORG), new FileKey("instrument", "instruments", "id"), null)),
            Map.entry("member-lists", new Entry("Each body's member list: where it comes from, from when it is complete",
                    List.of("org"), List.of(), List.of(ORG), null, null)),
            Map.entry("members", new Entry("The members of one body: each stretch of time a state belonged, with its role",
                    List.of("state", "start"), List.of(), List.of(fk("state", "states", "iso3")),
                    new FileKey("org", "member-lists", "org"), null)),
            Map.entry("member-counts", new Entry("Member counts a body states officially, checked against its list",
                    List.of("org", "on", "definition"), List.of(), List.of(fk("org", "member-lists", "org")), null, null)),
            Map.entry("withdrawal-rules", new Entry("Withdrawal clauses: notice period and how an exit takes effect",
                    List.of("org"), List.of(), List.of(ORG), null, null)),
            Map.entry("checks", new Entry("When a body's record was last checked against its sources, and what was found",
                    List.of("org", "checked", "scope"), List.of(), List.of(ORG), null, null)),
            Map.entry("claims", new Entry("Checkable statements of the seed article",
                    List.of("id"), List.of(), List.of(fk("document", "sources", "id")), null, null)),
            Map.entry("claim-checks", new Entry("How each claim is checked: method, parameters, comparison and tolerance",
                    List.of("claim"), List.of(), List.of(fk("claim", "claims", "id")), null, null)),
            Map.entry("replaced-ids", new Entry("Ids no longer in use and the id that replaced each (renamed or merged bodies and acts)",
                    List.of("kind", "old_id"), List.of(), List.of(), null, null)));

    private Keys() {}

    private static ForeignKey fk(String field, String table, String reference) {
        return new ForeignKey(List.of(field), table, List.of(reference));
    }

    /** The group a table belongs to: its directory ({@code actions}), else its name ({@code organizations}). */
    static String group(Table<?> table) {
        int slash = table.file().indexOf('/');
        return slash < 0 ? table.name() : table.file().substring(0, slash);
    }

    /** The entry of {@code table}'s group, or null when none is declared. */
    static Entry of(Table<?> table) {
        return ENTRIES.get(group(table));
    }
}
