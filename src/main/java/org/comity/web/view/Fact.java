package org.comity.web.view;

import java.util.List;

/** One line of a fact list: the term and its values, each plain text, a link, or text in another language. */
public record Fact(String term, List<Value> values) {

    public static Fact of(String term, String text) {
        return new Fact(term, List.of(new Value(text, null, null)));
    }

    public static Fact link(String term, String text, String href) {
        return new Fact(term, List.of(new Value(text, href, null)));
    }

    /** {@code lang} set when the text is in another language than the page's; {@code href} when it links. */
    public record Value(String text, String href, String lang) {}
}
