package org.comity.web.view;

/** A link: where it goes and its words; {@code href} null for text that is not a link (the last breadcrumb). */
public record Link(String href, String text) {

    /** A source address shown by its host, "unesco.org" for https://www.unesco.org/en/... */
    public static String host(String url) {
        if (url == null) return "";
        return url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/.*$", "");
    }
}
