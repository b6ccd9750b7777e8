package org.comity.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comity.App;
import org.comity.linking.Linking;
import org.comity.query.Answers;
import org.comity.web.view.ReadView;
import org.comity.web.view.Words;

/**
 * Read a text: paste Chinese or English, see every organization it names highlighted, linked to its page
 * and coloured by the US status today. A plain POST form; the example texts are one click away.
 */
final class ReadPage {

    /** Our own short example, naming bodies the way Chinese and English news do. */
    static final String EXAMPLE = "美国宣布退出《联合国气候变化框架公约》(UNFCCC)、国际可再生能源署(IRENA)和联合国贸发会议，"
            + "并停止向联合国人口基金提供资金；此前美国已退出世卫组织和《巴黎协定》。\n"
            + "The memorandum also lists the International Solar Alliance, the IPCC, UN Women and the Venice Commission, "
            + "while funding for the IAEA and NATO continues.";

    private static final String SEED = "seed/yicai-2026-01-08-us-exits-66-organizations.zh.txt";

    private final App app;

    ReadPage(App app) {
        this.app = app;
    }

    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        Words w = lang.words();
        String text = ctx.formParam("text");
        if (text == null) text = ctx.queryParam("text"); // a result is shareable: /read?text=...
        if (text == null) {
            String example = ctx.queryParam("example");
            if ("seed".equals(example)) text = seedArticle();
            else if (example != null) text = EXAMPLE;
        }
        ReadView.Result result = text != null && !text.isBlank() ? result(w, text) : null;
        Layout.render(ctx, "read.jte", new ReadView(Layout.frame(ctx, lang, w.t("read"), w.t("read.lede"), List.of(), null),
                text == null ? "" : text, seedArticle() != null, result));
    }

    @SuppressWarnings("unchecked")
    private ReadView.Result result(Words w, String text) {
        Answers a = app.answers();
        Map<String, Object> linked = Linking.link(a, text, a.snapshot().state("USA"), app.today().date());
        List<Map<String, Object>> mentions = (List<Map<String, Object>>) linked.get("mentions");
        List<ReadView.Segment> segments = new ArrayList<>();
        int at = 0;
        for (Map<String, Object> m : mentions) {
            int start = (Integer) m.get("start");
            int end = (Integer) m.get("end");
            if (start < at) continue;
            if (start > at) segments.add(new ReadView.Segment(text.substring(at, start), null, null, null));
            String org = (String) m.get("org");
            String status = (String) m.get("status");
            String title = org == null ? "? " + m.get("candidates") : m.get("canonical") + " — " + w.code(status);
            segments.add(new ReadView.Segment(text.substring(start, end), org == null ? "ambiguous" : status, org == null ? "" : org, title));
            at = end;
        }
        if (at < text.length()) segments.add(new ReadView.Segment(text.substring(at), null, null, null));
        List<ReadView.Mention> rows = new ArrayList<>();
        for (Map<String, Object> m : mentions) {
            String org = (String) m.get("org");
            rows.add(new ReadView.Mention(String.valueOf(m.get("text")), org,
                    org == null ? null : w.pick((String) m.get("canonical"), (String) m.get("name_zh")),
                    m.get("candidates") == null ? "" : String.valueOf(m.get("candidates")), (String) m.get("status")));
        }
        // a text short enough for a link (the query limit, Limits.MAX_QUERY_CHARS, counts it encoded) gets one
        String encoded = Layout.url(text);
        String share = encoded.length() + 5 <= Limits.MAX_QUERY_CHARS ? "/read?text=" + encoded : null;
        return new ReadView.Result(mentions.size(), segments, rows, share);
    }

    /** The seed article when the shared test data is present (developers, CI); absent on a user's machine. */
    private static String seedArticle() {
        String shared = System.getenv("COMITY_SHARED");
        Path p = Path.of(shared == null || shared.isBlank() ? "../shared" : shared, SEED);
        try {
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
