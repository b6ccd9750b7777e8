package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comity.release.Releases;
import org.comity.support.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The site serves its releases at /data, cites the release on every page and answer, and describes itself to dataset search engines. */
class DataSiteTest {

    @RegisterExtension
    static final RunningServer site = RunningServer.withRelease();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void dataListsTheLatestReleaseAndServesItsZip() throws Exception {
        Releases.Published latest = Releases.latest(site.releases());
        HttpResponse<String> page = site.get("/data");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Latest release 1.0.0", "/data/1.0.0/comity-1.0.0.zip", "/data/1.0.0/comity-1.0.0.sqlite",
                "/data/1.0.0/CHANGES.json", "/data/catalog.jsonld");

        HttpResponse<byte[]> zip = site.http().send(HttpRequest.newBuilder(uri("/data/1.0.0/comity-1.0.0.zip")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(zip.body()).isEqualTo(Files.readAllBytes(latest.dir().resolve("comity-1.0.0.zip")));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip.body()))).isEqualTo(latest.zip().sha256());

        HttpResponse<String> moved = site.get("/data/latest.zip");
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(moved.headers().firstValue("Location")).contains("/data/1.0.0/comity-1.0.0.zip");
        // only the files a release lists are served
        assertThat(site.get("/data/1.0.0/release.json").statusCode()).isEqualTo(404);
        assertThat(site.get("/data/1.0.0/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(404);
        assertThat(site.get("/data/9.9.9/comity-9.9.9.zip").statusCode()).isEqualTo(404);
    }

    @Test
    void everyPageLinksDataAndCitesTheReleaseWithItsPermalink() throws Exception {
        for (String path : List.of("/", "/orgs/who", "/states/USA", "/instruments/us-memo-2026-01-07", "/claims", "/search?q=health",
                "/read", "/data", "/orgs/no-such-body", "/?lang=zh")) {
            HttpResponse<String> r = site.get(path);
            assertThat(r.body()).as(path + " (" + r.statusCode() + ")").contains("<footer>");
            String footer = r.body().substring(r.body().indexOf("<footer>"));
            assertThat(footer).as(path).contains("<a href=\"/data\">");
            assertThat(footer).as(path).contains("version 1.0.0, released ", "http://127.0.0.1:" + site.port() + path.replace("&", "&amp;"));
        }
    }

    @Test
    void objectAnswersCarryACiteBlockAndListsACiteAsLink() throws Exception {
        String path = "/api/status?state=USA&org=who";
        JsonNode status = JSON.readTree(site.get(path).body());
        assertThat(status.path("status").asText()).isEqualTo("withdrawn"); // the contract's fields are untouched
        assertThat(status.path("cite").path("version").asText()).isEqualTo("1.0.0");
        assertThat(status.path("cite").path("url").asText()).isEqualTo("http://127.0.0.1:" + site.port() + path);
        assertThat(status.path("cite").path("text").asText()).contains("version 1.0.0");
        assertThat(JSON.readTree(site.get("/api/orgs/who").body()).path("cite").path("version").asText()).isEqualTo("1.0.0");

        HttpResponse<String> list = site.get("/api/orgs?instrument=us-memo-2026-01-07");
        assertThat(JSON.readTree(list.body()).isArray()).isTrue();
        assertThat(list.headers().firstValue("Link")).contains("<http://127.0.0.1:" + site.port()
                + "/api/orgs?instrument=us-memo-2026-01-07>; rel=\"cite-as\"");
        assertThat(site.get("/api/orgs/no-such-body").body()).doesNotContain("cite"); // errors are not cited
        assertThat(site.get("/api/status?state=USA&org=who&format=csv").body()).doesNotContain("cite");
    }

    @Test
    void homeAndDataPagesCarryASchemaOrgDataset() throws Exception {
        for (String path : List.of("/", "/data")) {
            JsonNode d = JSON.readTree(jsonLd(site.get(path).body()));
            assertThat(d.path("@type").asText()).as(path).isEqualTo("Dataset");
            assertThat(d.path("version").asText()).isEqualTo("1.0.0");
            assertThat(d.path("license").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
            assertThat(d.path("dateModified").asText()).isEqualTo("2026-12-01");
            assertThat(d.path("temporalCoverage").asText()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?/\\d{4}(-\\d{2}(-\\d{2})?)?");
            assertThat(d.path("spatialCoverage").path("name").asText()).isEqualTo("World");
            assertThat(d.path("description").asText()).isNotEmpty();
            assertThat(d.path("distribution").toString()).contains("http://127.0.0.1:" + site.port() + "/data/1.0.0/comity-1.0.0.zip");
        }
    }

    @Test
    void theCatalogIsDcatThatAJsonLdProcessorReads() throws Exception {
        HttpResponse<String> r = site.get("/data/catalog.jsonld");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(r.body()))).get();
        String x = expanded.toString();
        assertThat(x).contains("\"@type\":[\"http://www.w3.org/ns/dcat#Catalog\"]", "\"http://www.w3.org/ns/dcat#Dataset\"",
                "http://www.w3.org/ns/dcat#downloadURL", "\"@id\":\"http://127.0.0.1:" + site.port() + "/data/1.0.0/comity-1.0.0.zip\"",
                "http://www.w3.org/ns/dcat#version", "\"@value\":\"1.0.0\"", "http://purl.org/dc/terms/license");
    }

    private static String jsonLd(String html) {
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("a JSON-LD script").isTrue();
        return m.group(1);
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + site.port() + path);
    }
}
