package org.comity.release;

import java.time.LocalDate;
import java.util.Map;

/**
 * How to cite what a page or an answer shows: the release the site serves and the page's own address.
 * The same words on every page's footer and in the {@code cite} block of the API's answers.
 */
public record Citation(String version, String released, String url, LocalDate accessed) {

    /** {@code latest} may be null: the site then serves data that was never released. */
    public static Citation of(Releases.Published latest, String url, LocalDate accessed) {
        return latest == null ? new Citation(null, null, url, accessed) : new Citation(latest.version(), latest.created(), url, accessed);
    }

    /** A reference-list entry. */
    public String text() {
        String base = version == null
                ? About.CREATOR + ". " + About.TITLE + " (unreleased data) [Data set]. " + url
                : About.citation(version, released, url);
        return base + ", accessed " + accessed + ".";
    }

    /** The {@code cite} block of a JSON answer. */
    public Map<String, Object> json() {
        return About.map("dataset", About.TITLE, "version", version, "released", released, "url", url, "accessed",
                accessed.toString(), "license", About.LICENSE_URL, "text", text());
    }
}
