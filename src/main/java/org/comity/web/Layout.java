package org.comity.web;

import static org.comity.web.Html.esc;

import io.javalin.http.Context;
import java.util.List;

/** The frame of every page: header with search and language switch, main content, downloads, footer. */
final class Layout {

    /** A download link shown under a page: label and URL of the same data as JSON or CSV. */
    record Download(String label, String url) {}

    private Layout() {}

    static void render(Context ctx, Lang lang, String title, String body, List<Download> downloads) {
        StringBuilder b = new StringBuilder(body.length() + 4096);
        b.append("<!doctype html><html lang=\"").append(lang == Lang.ZH ? "zh-Hans" : "en").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" · Comity</title>")
                .append("<link rel=\"stylesheet\" href=\"/assets/comity.css\">").append(calendarLink(ctx)).append("</head><body>")
                .append("<a class=\"skip\" href=\"#main\">Skip to content</a>")
                .append("<header><div class=\"bar\"><a class=\"brand\" href=\"/\">Comity</a><nav>")
                .append(link("/", Messages.t(lang, "home")))
                .append(link("/claims", Messages.t(lang, "claims")))
                .append(link("/read", Messages.t(lang, "read")))
                .append(link("/api/docs", Messages.t(lang, "api")))
                .append("</nav><form class=\"search\" action=\"/search\" role=\"search\"><input type=\"search\" name=\"q\" aria-label=\"")
                .append(esc(Messages.t(lang, "search"))).append("\" placeholder=\"").append(esc(Messages.t(lang, "search.placeholder")))
                .append("\" value=\"").append(esc(ctx.path().equals("/search") ? ctx.queryParam("q") : ""))
                .append("\"><button type=\"submit\">").append(esc(Messages.t(lang, "search"))).append("</button></form>")
                .append("<span class=\"langs\">").append(langLink(ctx, Lang.EN, lang, "English")).append(" · ")
                .append(langLink(ctx, Lang.ZH, lang, "中文")).append("</span></div></header>")
                .append("<main id=\"main\">").append(body);
        if (downloads != null && !downloads.isEmpty()) {
            b.append("<p class=\"downloads\">").append(esc(Messages.t(lang, "download"))).append(": ");
            for (int i = 0; i < downloads.size(); i++) {
                if (i > 0) b.append(" · ");
                b.append("<a href=\"").append(esc(downloads.get(i).url())).append("\">").append(esc(downloads.get(i).label())).append("</a>");
            }
            b.append("</p>");
        }
        b.append("</main><footer>").append(esc(Messages.t(lang, "data.note"))).append(DataRoutes.footer(ctx, lang)).append("</footer>")
                .append("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\" defer></script>")
                .append("<script src=\"/assets/comity.js\" defer></script>")
                .append("<script src=\"/assets/members-map.js\" defer></script></body></html>");
        ctx.contentType("text/html; charset=utf-8").result(b.toString());
    }

    /** JSON and CSV downloads of one API answer. */
    static List<Download> downloads(String apiUrl) {
        String sep = apiUrl.contains("?") ? "&" : "?";
        return List.of(new Download("JSON", apiUrl), new Download("CSV", apiUrl + sep + "format=csv"));
    }

    /** The API answer as JSON and the page's table as a spreadsheet's CSV ({@code /download/…}, see DownloadRoutes). */
    static List<Download> downloads(String apiUrl, String csvUrl) {
        return List.of(new Download("JSON", apiUrl), new Download("CSV", csvUrl));
    }

    /** The page's own query string, passed on to its download so the download has the page's filters. */
    static String query(Context ctx) {
        String q = ctx.queryString();
        return q == null || q.isEmpty() ? "" : "?" + q;
    }

    private static String link(String href, String label) {
        return "<a href=\"" + esc(href) + "\">" + esc(label) + "</a>";
    }

    /** The same page in another language: the current path and query with lang replaced. */
    private static String langLink(Context ctx, Lang target, Lang current, String label) {
        if (target == current) return "<strong aria-current=\"true\">" + esc(label) + "</strong>";
        StringBuilder q = new StringBuilder("lang=").append(target.code);
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals("lang")) for (String v : vs) q.append('&').append(url(k)).append('=').append(url(v));
        });
        return "<a hreflang=\"" + target.code + "\" href=\"" + esc(ctx.path() + "?" + q) + "\">" + esc(label) + "</a>";
    }

    static String url(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A status as a coloured badge with its words in the page's language. */
    static String badge(Lang lang, String status) {
        return "<span class=\"st st-" + esc(status) + "\">" + esc(Messages.code(lang, status)) + "</span>";
    }

    /** A source URL as a short link showing its host. */
    static String sourceLink(String url) {
        if (url == null) return "";
        String host = url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/.*$", "");
        return "<a class=\"src\" href=\"" + esc(url) + "\" rel=\"noopener\" target=\"_blank\">" + esc(host) + "</a>";
    }

    /** The calendar of coming effective dates a page concerns: an organization's, a state's, or all of them. */
    static String calendarLink(Context ctx) {
        String path = ctx.path();
        String query = path.startsWith("/orgs/") ? "?org=" + path.substring(6) : path.startsWith("/states/") ? "?state=" + path.substring(8) : "";
        return "<link rel=\"alternate\" type=\"text/calendar\" title=\"Coming effective dates\" href=\"/feeds/dates.ics"
                + esc(query.replace("/", "")) + "\">";
    }
}
