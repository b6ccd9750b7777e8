package org.comity.curation;

import java.util.Map;

/**
 * The proposal the tests file: New Zealand deposits a notice of withdrawal from the WHO with the UN
 * Secretary-General (one year's notice), with the depositary notification as its source.
 */
final class Notice {

    static final String SOURCE = "https://treaties.un.org/doc/Publication/CN/2026/CN.512.2026-Eng.pdf";
    static final String EFFECTIVE = "2027-11-20";

    private Notice() {}

    static String rows(String effective, String sources) {
        return "# sources.csv\n"
                + "url,title,publisher,published,seen,kind\n"
                + SOURCE + ",\"Depositary notification C.N.512.2026: New Zealand, notice of withdrawal from the WHO Constitution\","
                + "UN Secretary-General (depositary),2026-11-20,2026-12-01,primary\n"
                + "# instruments.csv\n"
                + "id,actor,kind,title,title_zh,citation,date,sources\n"
                + "nzl-who-2026,NZL,notification,\"New Zealand notice of withdrawal from the WHO Constitution\",新西兰退出世界卫生组织的通知（2026年）,"
                + "\"Notification to the UN Secretary-General as depositary, C.N.512.2026\",2026-11-20," + sources + "\n"
                + "# actions/nzl-who-2026.csv\n"
                + "seq,org,action,announced,notice,effective,rule,sources\n"
                + "1,who,withdraw,2026-11-20,2026-11-20," + effective + ",one-year-after-notice," + sources + "\n";
    }

    static String rows() {
        return rows(EFFECTIVE, SOURCE);
    }

    /** The same proposal as the API takes it. */
    static Map<String, Object> json(String summary) {
        return Map.of("summary", summary, "rows", DraftText.parse(rows()));
    }
}
