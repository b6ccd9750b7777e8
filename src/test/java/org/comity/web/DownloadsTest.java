package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comity.domain.rules.Status;
import org.comity.support.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page's CSV download, opened with a CSV parser as a spreadsheet would: a byte-order mark, a file
 * name, a header (also without rows), the columns the page shows, flat cells, the page's filters applied.
 */
class DownloadsTest {

    @RegisterExtension
    static final RunningServer site = new RunningServer();

    private static final Pattern CSV_LINK = Pattern.compile("href=\"(/download/[^\"]+)\"");

    /** A download as the parser reads it: header, then rows. */
    record Table(String fileName, List<String> header, List<List<String>> rows) {
        List<String> column(String name) {
            int i = header.indexOf(name);
            assertThat(i).as(name + " in " + header).isNotNegative();
            return rows.stream().map(r -> r.get(i)).toList();
        }
    }

    static Table download(String path) throws Exception {
        HttpResponse<String> r = site.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/csv").contains("utf-8");
        String disposition = r.headers().firstValue("Content-Disposition").orElse("");
        Matcher name = Pattern.compile("attachment; filename=\"(comity-[a-zA-Z0-9-]+-2026-\\d\\d-\\d\\d\\.csv)\"").matcher(disposition);
        assertThat(name.matches()).as(path + ": " + disposition).isTrue();
        assertThat(r.body()).as(path + " starts with a byte-order mark").startsWith("\uFEFF");
        List<List<String>> lines = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(List.class).readValues(r.body().substring(1))) {
            while (it.hasNext()) lines.add(it.next());
        }
        assertThat(lines).as(path + " has a header").isNotEmpty();
        List<String> header = lines.get(0);
        List<List<String>> rows = lines.subList(1, lines.size());
        for (List<String> row : rows) {
            assertThat(row).as(path + ": every row has a cell per column").hasSameSizeAs(header);
            for (String cell : row) assertThat(cell).as(path + ": no JSON in a cell").doesNotStartWith("{").doesNotStartWith("[");
        }
        return new Table(name.group(1), header, rows);
    }

    /** The page's CSV download link, as the page carries it. */
    static String csvLink(String page) throws Exception {
        HttpResponse<String> r = site.get(page);
        assertThat(r.statusCode()).as(page).isEqualTo(200);
        Matcher m = CSV_LINK.matcher(r.body());
        assertThat(m.find()).as(page + " links a CSV download").isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    /** The rows of the page's first table. */
    private static int rowsOnPage(String page, String rowStart) throws Exception {
        String body = site.get(page).body();
        int from = body.indexOf("<table");
        String table = body.substring(from, body.indexOf("</table>", from));
        return table.split(Pattern.quote(rowStart), -1).length - 1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?lang=en", "/?lang=zh&category=climate-environment", "/orgs/who", "/orgs/unfccc", "/states/USA",
            "/instruments/us-memo-2026-01-07", "/claims", "/search?q=UN"})
    void everyPagesDownloadOpensWithAHeaderAndFlatRows(String page) throws Exception {
        Table t = download(csvLink(page));
        assertThat(t.rows()).as(page).isNotEmpty();
        if (!page.startsWith("/claims")) assertThat(t.header()).as(page).contains("effective");
        if (!page.startsWith("/search")) assertThat(t.header()).as(page).containsAnyOf("source", "sources");
    }

    @Test
    void theHomeDownloadIsTheTableOnScreenWithItsFilters() throws Exception {
        Table all = download(csvLink("/?lang=en"));
        assertThat(all.rows()).hasSize(66).hasSize(rowsOnPage("/?lang=en", "<tr data-status="));
        // The status filter of the page, with a status some but not all rows have.
        String status = all.column("status").stream().filter(x -> x.equals("announced") || x.equals("withdrawing") || x.equals("withdrawn"))
                .findFirst().orElseThrow();
        String page = "/?lang=en&status=" + status;
        String link = csvLink(page);
        assertThat(link).contains("status=" + status);
        Table t = download(link);
        assertThat(t.fileName()).isEqualTo("comity-orgs-us-memo-2026-01-07-2026-12-01.csv");
        assertThat(t.header()).contains("seq", "id", "name_en", "name_zh", "section", "category", "status", "effective", "source");
        assertThat(t.rows()).hasSize(rowsOnPage(page, "<tr data-status="));
        assertThat(t.rows().size()).isBetween(1, 65);
        assertThat(Set.copyOf(t.column("status"))).containsExactly(status);
    }

    @Test
    void anEmptyDownloadStillHasItsHeader() throws Exception {
        Set<String> present = Set.copyOf(download("/download/orgs.csv").column("status"));
        Status absent = java.util.Arrays.stream(Status.values()).filter(s -> !present.contains(s.code())).findFirst().orElseThrow();
        Table empty = download("/download/orgs.csv?status=" + absent.code());
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.header()).contains("id", "status", "effective", "source");
        assertThat(download("/download/search.csv?q=qqqq").rows()).isEmpty();
    }

    @Test
    void theOrgAndStateDownloadsNameTheirSubjectAndTheDay() throws Exception {
        Table who = download(csvLink("/orgs/who"));
        assertThat(who.fileName()).isEqualTo("comity-events-who-2026-12-01.csv");
        assertThat(Set.copyOf(who.column("org"))).containsExactly("who");
        assertThat(who.column("state")).contains("USA", "ARG");
        Table usa = download(csvLink("/states/USA?on=2026-06-01"));
        assertThat(usa.fileName()).isEqualTo("comity-memberships-USA-2026-06-01.csv");
        assertThat(usa.header()).contains("org", "name_en", "name_zh", "role", "status", "since", "effective", "source");
        assertThat(usa.rows()).hasSize(rowsOnPage("/states/USA?on=2026-06-01", "<tr><td class=\"name\"><a href=\"/orgs/"));
        Table exits = download("/download/events.csv?state=USA");
        assertThat(exits.header()).contains("org", "org_name_en", "org_name_zh");
        assertThat(exits.column("org_name_en")).doesNotContain("");
        assertThat(download(csvLink("/search?q=UN")).column("id").get(0)).isEqualTo("un");
        assertThat(site.get("/download/orgs.csv?status=gone").statusCode()).isEqualTo(400);
    }

    @Test
    void readATextDownloadsItsMentionsByLinkAndByForm() throws Exception {
        String text = "美国宣布退出世界卫生组织，并将于2026年底退出联合国教科文组织。";
        String page = site.get("/read?lang=zh&text=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(page).contains("action=\"/download/link.csv\"");
        Table byLink = download("/download/link.csv?text=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(byLink.fileName()).isEqualTo("comity-read-2026-12-01.csv");
        assertThat(byLink.column("org")).containsExactly("who", "unesco");
        assertThat(byLink.column("status")).containsExactly("withdrawn", "withdrawing");
        assertThat(byLink.column("effective")).containsExactly("2026-01-22", "2027-01-01");
        // A long text goes in the form; the answer is the same table.
        java.net.http.HttpResponse<String> posted = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + site.port() + "/download/link.csv"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("text=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).startsWith("\uFEFF").contains(",who,").contains(",unesco,");
        assertThat(site.get("/download/link.csv").statusCode()).isEqualTo(400);
    }
}
