package org.comity.curation;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** The Atom feed of published changes (all, or one organization's or state's), written by ROME. */
public final class ChangeFeed {

    private ChangeFeed() {}

    /**
     * @param base the site's address ("https://comity.example"), for absolute links
     * @param self the feed's own path with its query
     */
    public static String atom(List<History.Entry> entries, String title, String base, String self, String page) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(base + self);
        feed.setLink(base + page);
        List<SyndLink> links = new ArrayList<>();
        links.add(link(base + self, "self"));
        links.add(link(base + page, "alternate"));
        feed.setLinks(links);
        feed.setPublishedDate(entries.isEmpty() ? new Date(0) : Date.from(entries.get(0).at().toInstant()));
        List<SyndEntry> out = new ArrayList<>();
        for (History.Entry e : entries) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri(base + "/api/changes?since=" + (e.version() - 1) + "#v" + e.version());
            entry.setTitle("v" + e.version() + ": " + e.summary());
            entry.setLink(base + "/api/changes?since=" + (e.version() - 1));
            entry.setUpdatedDate(Date.from(e.at().toInstant()));
            entry.setPublishedDate(Date.from(e.at().toInstant()));
            entry.setAuthor(e.proposedBy() != null ? e.proposedBy() : "comity");
            StringBuilder text = new StringBuilder();
            for (FactChange f : e.facts()) for (String line : e.lines(f)) text.append(line).append('\n');
            SyndContent content = new SyndContentImpl();
            content.setType("text");
            content.setValue(text.length() == 0 ? e.summary() : text.toString().strip());
            entry.setDescription(content);
            out.add(entry);
        }
        feed.setEntries(out);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("the feed cannot be written: " + e.getMessage(), e);
        }
    }

    private static SyndLink link(String href, String rel) {
        SyndLink l = new SyndLinkImpl();
        l.setHref(href);
        l.setRel(rel);
        return l;
    }
}
