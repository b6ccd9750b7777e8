package org.comity.web;

/** The site's words for the page classes; they live in messages/*.properties, read by {@link org.comity.web.view.Words}. */
final class Messages {

    private Messages() {}

    static String t(Lang lang, String key) {
        return lang.words().t(key);
    }

    /** Words for status codes, kinds and categories; the code itself where no word is set. */
    static String code(Lang lang, String code) {
        return lang.words().code(code);
    }
}
