package org.comity.web.view;

import java.util.List;

/**
 * What the frame of every page shows: the title and description (also for link previews), the page's
 * address in both languages, the search box, the breadcrumbs, the downloads of the page's data, the citation.
 *
 * @param path      the page's path and query without {@code lang} (canonical and hreflang links are built from it)
 * @param base      scheme and host the page was asked at
 * @param crumbs    the way back to the home page, the page itself last (without a link)
 * @param feedQuery the subject of the page's Atom and iCalendar feeds ("?org=ID", "?state=ISO", or "" for all)
 * @param jsonLd    schema.org markup already serialised and made safe for a script element, or null
 */
public record Frame(Words w, String title, String description, String base, String path, String search,
                    List<LangLink> langs, List<Link> crumbs, List<Link> downloads, String cite, String feedQuery,
                    String jsonLd) {

    /** The other language's version of the page, or the current one (not a link). */
    public record LangLink(String code, String label, String href, boolean current) {}
}
