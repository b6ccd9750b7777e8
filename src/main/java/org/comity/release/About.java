package org.comity.release;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dataset says of itself, in one place: the Data Package, the schema.org and DCAT markup, the
 * cite blocks and CITATION.cff (kept equal by a test) all read these. Terms of the sources are in
 * docs/data-sources.md.
 */
public final class About {

    public static final String NAME = "comity";
    public static final String TITLE = "Comity: membership of international organizations and exits from them";
    public static final String DESCRIPTION = "Who belongs to which international organization or treaty, who is leaving and "
            + "when each exit takes legal effect, with a source behind every fact: organizations and their names in English "
            + "and Chinese, states, legal acts and what each does to each organization, member lists, withdrawal clauses. "
            + "It starts from the US memorandum of 7 January 2026 withdrawing from 66 organizations.";
    public static final String CREATOR = "The Comity contributors";
    public static final List<String> KEYWORDS = List.of("international organizations", "treaties", "membership", "withdrawal",
            "United Nations", "国际组织");

    /** The data licence: our own compilation of facts, each with its sources. */
    public static final String LICENSE_ID = "CC-BY-4.0";
    public static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";
    public static final String LICENSE_TITLE = "Creative Commons Attribution 4.0 International";

    public static final String COW_URL = "https://correlatesofwar.org/data-sets/state-system-membership/";
    public static final String CEB_URL = "https://unsceb.org/financial-statistics";

    private About() {}

    /** Data Package {@code licenses}: ours, then the terms of what we redistribute from others. */
    static List<Map<String, Object>> licenses() {
        return List.of(
                map("name", LICENSE_ID, "path", LICENSE_URL, "title", LICENSE_TITLE + " (the Comity dataset: facts compiled "
                        + "by Comity, each row with the URLs of the pages that state it)"),
                map("path", COW_URL, "title", "Correlates of War Project data (the cow_code column of states.csv): free for "
                        + "research use with citation of the Correlates of War Project (and, for IGO data, Pevehouse et al. 2020)"),
                map("path", CEB_URL, "title", "UN System Chief Executives Board financial statistics (figures cited by "
                        + "claims.csv and their sources): public statistics reused with attribution"));
    }

    /** Data Package {@code sources}: where the facts come from. */
    static List<Map<String, Object>> sources() {
        return List.of(
                map("title", "Legal acts, depositaries, the organizations' own pages, news reports and reference works: every "
                        + "row names its pages in its sources column, and sources.csv registers each page", "path", "sources.csv"),
                map("title", "Correlates of War Project, State System Membership and IGO data v3", "path", COW_URL),
                map("title", "UN System Chief Executives Board for Coordination, financial statistics", "path", CEB_URL));
    }

    static List<Map<String, Object>> contributors() {
        return List.of(map("title", CREATOR, "roles", List.of("creator")));
    }

    /** The citation of one release, in words (a reference list entry); {@code url} may be null. */
    public static String citation(String version, String released, String url) {
        return CREATOR + " (" + released.substring(0, 4) + "). " + TITLE + " (version " + version + ", released " + released
                + ") [Data set]." + (url == null ? "" : " " + url);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }
}
