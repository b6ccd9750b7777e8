package org.comity.claims;

import org.comity.domain.Sentence;

/** What a check can say it computed, when that is a sentence rather than a figure; the site says it in Chinese ({@code claims.<code>}). */
public enum Said implements Sentence.Form {
    /** listed, asked */
    LISTED("%s of %s listed"),
    /** the effective date */
    LEFT("left, effective %s"),
    /** the day, the status then ({@link Sentence.Code}) */
    NOT_LEFT("no exit took effect by %s (status %s)"),
    /** the year founded, the parent ({@link Sentence.Id}) */
    FOUNDED_UNDER("%s, under %s"),
    /** the day after which none was found */
    NONE_AFTER("no exit recorded after %s"),
    /** the state ({@link Sentence.Id}), its status ({@link Sentence.Code}) */
    FIRST("%s (status %s)"),
    NO_WITHDRAWAL("no withdrawal recorded");

    private final String english;

    Said(String english) {
        this.english = english;
    }

    @Override
    public String template() {
        return english;
    }
}
