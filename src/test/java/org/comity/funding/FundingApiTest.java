package org.comity.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comity.support.Cli;
import org.comity.support.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /api/impact, /api/claims and /api/funding give the CLI's answers, over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingApiTest {

    @RegisterExtension
    static final RunningServer site = new RunningServer();

    @Test
    void impactAndClaimsOverHttpEqualTheCommandLine() throws Exception {
        Cli cli = site.cli();
        HttpResponse<String> impact = site.get("/api/impact?instrument=us-memo-2026-01-07&year=2023");
        assertThat(impact.statusCode()).as(impact.body()).isEqualTo(200);
        assertThat(RunningServer.uncited(new ObjectMapper().readTree(impact.body())))
                .isEqualTo(cli.run("impact", "--instrument", "us-memo-2026-01-07", "--year", "2023", "--format", "json").json());

        HttpResponse<String> whatIf = site.get("/api/impact?donor=USA&donor=ARG&org=who&year=2023");
        assertThat(whatIf.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(whatIf.body()).get("orgs").get(0).get("by_donor").has("ARG")).isTrue();

        HttpResponse<String> claims = site.get("/api/claims?document=yicai-2026-01-08");
        assertThat(claims.statusCode()).isEqualTo(200);
        assertThat(RunningServer.uncited(new ObjectMapper().readTree(claims.body())))
                .isEqualTo(cli.run("claims", "--document", "yicai-2026-01-08", "--format", "json").json());
    }

    /** The act's page asks the question the API and the CLI ask: the same organizations, in the same order, with the same dollars. */
    @Test
    void theInstrumentPageShowsTheFundingAtRiskOfTheImpactAnswer() throws Exception {
        JsonNode api = new ObjectMapper().readTree(site.get("/api/impact?instrument=us-memo-2026-01-07").body());
        String page = site.get("/instruments/us-memo-2026-01-07").body();
        String table = page.substring(page.indexOf("id=\"impact\""), page.indexOf("</table>", page.indexOf("id=\"impact\"")));
        Matcher row = Pattern.compile("<tr><td><a href=\"/orgs/([^\"]+)\">[^<]*</a></td><td data-sort=\"(\\d+)\"").matcher(table);
        List<String> shown = new ArrayList<>();
        while (row.find()) shown.add(row.group(1) + " " + row.group(2));
        List<String> answered = new ArrayList<>();
        for (JsonNode o : api.get("orgs")) answered.add(o.get("org").asText() + " " + o.get("donor_usd").asText());
        assertThat(shown).isNotEmpty().containsExactlyElementsOf(answered);
        assertThat(page).contains(", " + api.get("year").asInt() + "</h2>");
        assertThat(page).contains("(" + api.get("lacking").size() + ")</summary>");
    }

    @Test
    void fundingAnswersRevenueByOrganizationAndContributionsByDonor() throws Exception {
        JsonNode rev = new ObjectMapper().readTree(site.get("/api/funding?org=unhcr&year=2023").body());
        assertThat(rev.get("org").asText()).isEqualTo("unhcr");
        assertThat(rev.get("years").get(0).get("government_total_usd").asLong()).isPositive();
        JsonNode donor = new ObjectMapper().readTree(site.get("/api/funding?donor=USA&year=2023").body());
        assertThat(donor.get("orgs")).isNotEmpty();
        assertThat(site.get("/api/funding").statusCode()).isEqualTo(400);
        assertThat(site.get("/api/impact?instrument=nothing-such").statusCode()).isEqualTo(404);
        assertThat(site.get("/api/funding?org=unhcr&year=20x3").statusCode()).isEqualTo(400);
    }
}
