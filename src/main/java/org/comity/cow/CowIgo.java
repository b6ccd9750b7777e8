package org.comity.cow;

/**
 * One COW intergovernmental organization: its COW short name, full name (mojibake repaired), the years
 * it lived, and the Comity organization it is mapped to (null when it has none of its own).
 */
public record CowIgo(String ioname, String orgname, int start, Integer dead, String org, boolean preciseBefore1965) {

    /** The id a COW-only organization answers to: {@code cow-} and its short name as a slug. */
    public String comityId() {
        return org != null ? org : "cow-" + ioname.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
