package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.comity.support.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.NodeList;

/** The language in the URL, the files crawlers ask for, and the indexes. */
class SiteFilesTest {

    @RegisterExtension
    static final RunningServer site = new RunningServer();

    @Test
    void theLanguageInTheUrlWinsAndOldUrlsKeepWorking() throws Exception {
        HttpResponse<String> zh = site.get("/zh/orgs/who?lang=en");
        assertThat(zh.statusCode()).isEqualTo(200);
        assertThat(zh.body()).contains("<html lang=\"zh-Hans\"").contains("世界卫生组织")
                .contains("hreflang=\"en\" href=\"http://127.0.0.1:" + site.port() + "/en/orgs/who")
                .contains("<link rel=\"canonical\" href=\"http://127.0.0.1:" + site.port() + "/zh/orgs/who\">");
        assertThat(site.get("/en/orgs/who").body()).contains("<html lang=\"en\"").contains("World Health Organization");
        assertThat(site.get("/orgs/who?lang=zh").body()).contains("<html lang=\"zh-Hans\"");
        assertThat(site.get("/zh").body()).contains("<b>31</b>联合国实体");
        assertThat(site.get("/zh/no-such-page").statusCode()).isEqualTo(404);
    }

    @Test
    void robotsPointToASitemapOfEveryPageInBothLanguages() throws Exception {
        HttpResponse<String> robots = site.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("Sitemap: http://127.0.0.1:" + site.port() + "/sitemap.xml");
        HttpResponse<String> sitemap = site.get("/sitemap.xml");
        assertThat(sitemap.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        NodeList locs = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(sitemap.body().getBytes(StandardCharsets.UTF_8))).getElementsByTagName("loc");
        java.util.List<String> urls = new java.util.ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) urls.add(locs.item(i).getTextContent());
        int orgs = site.app().snapshots().get().dataset().organizations().size();
        assertThat(urls).hasSizeGreaterThan(2 * orgs)
                .contains("http://127.0.0.1:" + site.port() + "/en/orgs/who", "http://127.0.0.1:" + site.port() + "/zh/orgs/who",
                        "http://127.0.0.1:" + site.port() + "/zh/states/USA", "http://127.0.0.1:" + site.port() + "/en/instruments/us-memo-2026-01-07");
        for (String u : urls.subList(0, 8)) {
            assertThat(site.get(u.substring(("http://127.0.0.1:" + site.port()).length())).statusCode()).as(u).isEqualTo(200);
        }
        HttpResponse<String> icon = site.get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(301);
        assertThat(site.get("/assets/favicon.svg").body()).startsWith("<svg");
    }

    @Test
    void theIndexesListEveryEntryAndFilter() throws Exception {
        var d = site.app().snapshots().get().dataset();
        String orgs = site.get("/en/orgs").body();
        assertThat(orgs.split("<tr data-status=", -1)).hasSize(d.organizations().size() + 1);
        String withdrawn = site.get("/en/orgs?status=withdrawn").body();
        assertThat(withdrawn).contains("World Health Organization").doesNotContain("data-status=\"member\"");
        assertThat(site.get("/zh/states").body()).contains("美国");
        assertThat(site.get("/en/instruments").body().split("<a href=\"/instruments/", -1)).hasSize(d.instruments().size() + 1);
    }
}
