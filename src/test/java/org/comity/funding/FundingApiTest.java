package org.comity.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.comity.App;
import org.comity.support.Cli;
import org.comity.support.TestDb;
import org.comity.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** /api/impact, /api/claims and /api/funding give the CLI's answers, over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingApiTest {

    private TestDb db;
    private App app;
    private WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        db = TestDb.create();
        app = App.open(db.config(), true);
        server = WebServer.start(app, "127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        server.stop();
        app.close();
        db.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void impactAndClaimsOverHttpEqualTheCommandLine() throws Exception {
        Cli cli = new Cli(db);
        HttpResponse<String> impact = get("/api/impact?instrument=us-memo-2026-01-07&year=2023");
        assertThat(impact.statusCode()).as(impact.body()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(impact.body()))
                .isEqualTo(cli.run("impact", "--instrument", "us-memo-2026-01-07", "--year", "2023", "--format", "json").json());

        HttpResponse<String> whatIf = get("/api/impact?donor=USA&donor=ARG&org=who&year=2023");
        assertThat(whatIf.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(whatIf.body()).get("orgs").get(0).get("by_donor").has("ARG")).isTrue();

        HttpResponse<String> claims = get("/api/claims?document=yicai-2026-01-08");
        assertThat(claims.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(claims.body()))
                .isEqualTo(cli.run("claims", "--document", "yicai-2026-01-08", "--format", "json").json());
    }

    @Test
    void fundingAnswersRevenueByOrganizationAndContributionsByDonor() throws Exception {
        JsonNode rev = new ObjectMapper().readTree(get("/api/funding?org=unhcr&year=2023").body());
        assertThat(rev.get("org").asText()).isEqualTo("unhcr");
        assertThat(rev.get("years").get(0).get("government_total_usd").asLong()).isPositive();
        JsonNode donor = new ObjectMapper().readTree(get("/api/funding?donor=USA&year=2023").body());
        assertThat(donor.get("orgs")).isNotEmpty();
        assertThat(get("/api/funding").statusCode()).isEqualTo(400);
        assertThat(get("/api/impact?instrument=nothing-such").statusCode()).isEqualTo(404);
        assertThat(get("/api/funding?org=unhcr&year=20x3").statusCode()).isEqualTo(400);
    }
}
