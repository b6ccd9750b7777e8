package org.comity.search;

/**
 * One entity a query found, with how well: {@code match} is the best way any of its names matched (the
 * tiers, best first), {@code score} orders hits within a tier.
 *
 * @param type organization, state or instrument (a legal act)
 * @param id   the organization's id, the state's ISO 3166-1 alpha-3 code, the act's id
 * @param name the form of the name that matched best, as the record writes it
 */
public record SearchHit(Type type, String id, Match match, float score, String name) {

    public enum Type {
        ORGANIZATION("org"), STATE("state"), INSTRUMENT("instrument");

        /** The word the public shapes use (docs/contract.md). */
        public final String code;

        Type(String code) {
            this.code = code;
        }
    }

    /** How a name matched, best first: the whole name or code, its beginning, all its words, or some words, typos forgiven. */
    public enum Match {
        EXACT, PREFIX, WORDS, FUZZY;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
