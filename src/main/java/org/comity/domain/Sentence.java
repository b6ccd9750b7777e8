package org.comity.domain;

import java.util.List;
import java.util.Locale;

/**
 * Something an answer says, kept as a code and its values rather than as words: the API's English is made
 * from it here, once; the site says it in Chinese from its words ({@code <prefix>.<code>}), filling in the values
 * its own way (names for ids, the vocabulary's words for codes). So no page reads an English sentence back.
 *
 * @param values in the order of the form's {@code %s} places; their {@code toString} is their English
 */
public record Sentence(Form form, List<Object> values) {

    /** A kind of sentence: its English, with {@code %s} places. Enums implement it. */
    public interface Form {
        String name();

        String template();

        /** The code in the API and the key of the site's words: NO_US_FIGURE is "no-us-figure". */
        default String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** An id of the record (organization, state, act) in a sentence: the English gives the id, a page its name. */
    public record Id(String id) {
        @Override
        public String toString() {
            return id;
        }
    }

    /** A code of one of the record's vocabularies (a status) in a sentence: the English gives the code, a page its word. */
    public record Code(String code) {
        @Override
        public String toString() {
            return code;
        }
    }

    public static Sentence of(Form form, Object... values) {
        return new Sentence(form, List.of(values));
    }

    public String english() {
        return String.format(Locale.ROOT, form.template(), values.toArray());
    }

    public String code() {
        return form.code();
    }
}
