package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.comity.dataset.DataFiles;
import org.comity.dataset.DatasetReader;
import org.comity.domain.Dataset;
import org.comity.domain.Organization;
import org.comity.support.Cli;
import org.comity.support.RunningServer;
import org.comity.support.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server over HTTP: health, the API (same answers as the CLI), the home page, escaping. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebServerTest {

    @RegisterExtension
    static final RunningServer site = new RunningServer();

    /** A second site, whose dataset a test replaces with a hostile one. */
    @RegisterExtension
    static final RunningServer hostile = new RunningServer();

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void healthSaysOkWithTheDatasetLoaded() throws Exception {
        HttpResponse<String> r = site.get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("status").asText()).isEqualTo("ok");
        assertThat(json(r).get("organizations").asInt()).isGreaterThan(66);
    }

    @Test
    void apiAnswersEqualCliAnswers() throws Exception {
        Cli cli = site.cli();
        String[][] questions = {
                {"/api/status?state=USA&org=who&on=2020-12-01", "status --state USA --org who --on 2020-12-01"},
                {"/api/status?state=USA&org=unesco&on=2026-06-01", "status --state USA --org unesco --on 2026-06-01"},
                {"/api/orgs?instrument=us-memo-2026-01-07", "orgs --instrument us-memo-2026-01-07"},
                {"/api/orgs/irena", "org irena"},
                {"/api/timeline?state=USA&from=2017-01-01", "timeline --state USA --from 2017-01-01"},
                {"/api/members?org=unesco&on=2010-01-01", "members --org unesco --on 2010-01-01"},
                {"/api/memberships?state=USA&on=2026-06-01", "memberships --state USA --on 2026-06-01"},
                {"/api/diff?state=USA&from=2016-01-01&to=2026-11-26", "diff --state USA --from 2016-01-01 --to 2026-11-26"},
                {"/api/count?org=unesco&from=2000&to=2010", "count --org unesco --from 2000 --to 2010"},
                {"/api/conflicts", "conflicts"},
        };
        for (String[] q : questions) {
            HttpResponse<String> r = site.get(q[0]);
            assertThat(r.statusCode()).as(q[0]).isEqualTo(200);
            assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
            String[] args = (q[1] + " --format json").split(" ");
            assertThat(RunningServer.uncited(json(r))).as(q[0]).isEqualTo(cli.run(args).json());
        }
    }

    /** Every path of /api/openapi.json answers 200 with its documented example values. */
    @Test
    void everyDocumentedPathAnswers() throws Exception {
        JsonNode doc = json(site.get("/api/openapi.json"));
        int paths = 0;
        for (var it = doc.get("paths").fields(); it.hasNext(); ) {
            var entry = it.next();
            if (!entry.getValue().has("get")) continue; // POST /api/link has its own tests
            if (entry.getValue().get("get").has("security")) continue; // for curators: CurationTest signs in
            String path = entry.getKey();
            StringBuilder query = new StringBuilder();
            for (JsonNode p : entry.getValue().get("get").get("parameters")) {
                JsonNode example = p.get("example");
                if (example == null) continue;
                String value = URLEncoder.encode(example.asText(), StandardCharsets.UTF_8);
                if (p.get("in").asText().equals("path")) path = path.replace("{" + p.get("name").asText() + "}", value);
                else query.append(query.length() == 0 ? "?" : "&").append(p.get("name").asText()).append('=').append(value);
            }
            HttpResponse<String> r = site.get(path + query);
            assertThat(r.statusCode()).as(path + query + ": " + r.body()).isEqualTo(200);
            paths++;
        }
        assertThat(paths).isGreaterThanOrEqualTo(12);
        assertThat(site.get("/api/docs").body()).contains("swagger-ui-bundle.js");
        assertThat(site.get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    }

    @Test
    void namesInChineseWorkInTheApi() throws Exception {
        String org = URLEncoder.encode("联合国教科文组织", StandardCharsets.UTF_8);
        HttpResponse<String> r = site.get("/api/status?state=USA&org=" + org + "&on=2026-06-01");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("status").asText()).isEqualTo("withdrawing");
    }

    @Test
    void errorsAreJsonWithTheRightStatus() throws Exception {
        HttpResponse<String> missing = site.get("/api/orgs/league-of-cities");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("error").asText()).contains("league-of-cities");
        HttpResponse<String> ambiguous = site.get("/api/status?state=USA&org=ISA");
        assertThat(ambiguous.statusCode()).isEqualTo(400);
        assertThat(json(ambiguous).get("candidates").toString()).contains("isa-solar", "isa-seabed");
        assertThat(site.get("/api/status?state=USA&org=who&on=yesterday").statusCode()).isEqualTo(400);
        assertThat(site.get("/api/status?org=who").statusCode()).isEqualTo(400);
    }

    @Test
    void homePageListsTheMemorandumInItsTwoSectionsInEitherLanguage() throws Exception {
        HttpResponse<String> r = site.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().split("<tr data-status=", -1)).hasSize(66 + 1);
        assertThat(r.body()).contains("<b>31</b>UN entities").contains("<b>35</b>Other organizations")
                .contains("国际可再生能源署").contains("International Renewable Energy Agency");
        assertThat(r.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(100_000);
        HttpResponse<String> zh = site.http().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.port() + "/"))
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(zh.body()).contains("<html lang=\"zh-Hans\"").contains("<b>31</b>联合国实体").contains("关于美国退出66个");
        for (String page : new String[] {"/orgs/unfccc", "/states/USA", "/instruments/us-memo-2026-01-07", "/search?q=unesco"}) {
            HttpResponse<String> p = site.get(page);
            assertThat(p.statusCode()).as(page).isEqualTo(200);
            assertThat(p.body().getBytes(StandardCharsets.UTF_8).length).as(page).isLessThan(100_000);
            assertThat(p.body()).as(page).doesNotContain("??");
        }
    }

    @Test
    void metricsArePrometheusText() throws Exception {
        site.get("/health");
        HttpResponse<String> r = site.get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("comity_http_requests");
    }

    @Test
    void markupInANameIsShownAsText() throws Exception {
        Dataset d = DatasetReader.read(DataFiles.directory(TestDb.recordDir())).dataset();
        hostile.app().snapshots().write(withMarkupInAName(d), "test: markup in a name");
        String body = hostile.get("/").body();
        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        // pages are cached per dataset version: a write shows at once
        hostile.app().snapshots().write(d, "test: back to the curated names");
        String after = hostile.get("/").body();
        assertThat(after).doesNotContain("&lt;script&gt;").contains("International Renewable Energy Agency");
    }

    /** The dataset with IRENA's English name a script element. */
    private static Dataset withMarkupInAName(Dataset d) {
        List<Organization> orgs = d.organizations().stream().map(o -> !o.id().equals("irena") ? o
                : new Organization(o.id(), "<script>alert(1)</script>", o.nameZh(), o.acronym(), o.kind(), o.joinedBy(),
                o.unSystem(), o.parent(), o.parentNote(), o.category(), o.founded(), o.headquarters(), o.website(),
                o.wikidata(), o.sources())).toList();
        return new Dataset(d.sources(), orgs, d.aliases(), d.states(), d.instruments(), d.actions(),
                d.memberLists(), d.episodes(), d.memberCounts(), d.withdrawalRules(), d.checks(), d.claims(), d.claimChecks(),
                d.replacedIds());
    }
}
