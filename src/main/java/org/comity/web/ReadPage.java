package org.comity.web;

import static org.comity.web.Html.esc;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.comity.App;
import org.comity.linking.Linking;
import org.comity.query.Answers;

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
        String text = ctx.formParam("text");
        if (text == null) {
            String example = ctx.queryParam("example");
            if ("seed".equals(example)) text = seedArticle();
            else if (example != null) text = EXAMPLE;
        }
        StringBuilder b = new StringBuilder(20_000);
        b.append("<h1>").append(esc(Messages.t(lang, "read"))).append("</h1><p class=\"lede\">")
                .append(esc(Messages.t(lang, "read.lede"))).append("</p>")
                .append("<form method=\"post\" action=\"/read\"><textarea name=\"text\" aria-label=\"")
                .append(esc(Messages.t(lang, "read"))).append("\">").append(esc(text == null ? "" : text))
                .append("</textarea><p><button type=\"submit\">").append(esc(Messages.t(lang, "read.link"))).append("</button> ")
                .append("<a href=\"/read?example=1\">").append(esc(Messages.t(lang, "read.example"))).append("</a>");
        if (seedArticle() != null) {
            b.append(" · <a id=\"seed\" href=\"/read?example=seed\">").append(esc(Messages.t(lang, "read.seed"))).append("</a>");
        }
        b.append("</p></form>");
        if (text != null && !text.isBlank()) result(b, lang, text);
        Layout.render(ctx, lang, Messages.t(lang, "read"), b.toString(), List.of());
    }

    @SuppressWarnings("unchecked")
    private void result(StringBuilder b, Lang lang, String text) {
        Answers a = app.answers();
        Map<String, Object> linked = Linking.link(a, text, a.snapshot().state("USA"), app.today().date());
        List<Map<String, Object>> mentions = (List<Map<String, Object>>) linked.get("mentions");
        b.append("<h2>").append(mentions.size()).append(' ').append(esc(Messages.t(lang, "read.found"))).append("</h2><div class=\"readout\">");
        int at = 0;
        for (Map<String, Object> m : mentions) {
            int start = (Integer) m.get("start");
            int end = (Integer) m.get("end");
            if (start < at) continue;
            b.append(esc(text.substring(at, start)));
            String org = (String) m.get("org");
            String status = (String) m.get("status");
            String css = org == null ? "ambiguous" : status;
            String title = org == null ? "? " + m.get("candidates") : m.get("canonical") + " — " + Messages.code(lang, status);
            b.append("<mark class=\"m m-").append(esc(css)).append("\" data-org=\"").append(esc(org == null ? "" : org))
                    .append("\" title=\"").append(esc(title)).append("\">");
            if (org != null) b.append("<a href=\"/orgs/").append(esc(org)).append("\">").append(esc(text.substring(start, end))).append("</a>");
            else b.append(esc(text.substring(start, end)));
            b.append("</mark>");
            at = end;
        }
        b.append(esc(text.substring(at))).append("</div>");
        b.append("<div class=\"table-wrap\"><table><thead><tr><th>").append(esc(Messages.t(lang, "read.text"))).append("</th><th>")
                .append(esc(Messages.t(lang, "organization"))).append("</th><th>").append(esc(Messages.t(lang, "status.today")))
                .append("</th></tr></thead><tbody>");
        for (Map<String, Object> m : mentions) {
            String org = (String) m.get("org");
            b.append("<tr><td>").append(esc(m.get("text"))).append("</td><td>");
            if (org == null) b.append(esc(Messages.t(lang, "read.ambiguous"))).append(' ').append(esc(m.get("candidates")));
            else b.append("<a href=\"/orgs/").append(esc(org)).append("\">").append(esc(lang.pick((String) m.get("canonical"), (String) m.get("name_zh")))).append("</a>");
            b.append("</td><td>").append(org == null ? "" : Layout.badge(lang, (String) m.get("status"))).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
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
