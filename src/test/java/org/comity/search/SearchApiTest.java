package org.comity.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.comity.support.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/search and /search through the real server: one ranked list, each hit typed, organizations with the US status. */
class SearchApiTest {

    @RegisterExtension
    static final RunningServer site = new RunningServer();

    private static JsonNode search(String query) throws Exception {
        HttpResponse<String> r = site.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(query).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "US, state, USA",
            "UN, org, un",
            "Unesko, org, unesco",
            "World Helth, org, who",
            "巴黎协议, org, paris-agreement",
            "climate change convention, org, unfccc",
    })
    void theTopResultIsTheOneMeant(String query, String type, String id) throws Exception {
        JsonNode top = search(query).get("results").get(0);
        assertThat(top.get("type").asText()).isEqualTo(type);
        assertThat(top.get("id").asText()).isEqualTo(id);
    }

    @Test
    void organizationsCarryTheUsStatusTodayAndTheListIsRankedByTier() throws Exception {
        JsonNode r = search("UN");
        JsonNode un = r.get("results").get(0);
        assertThat(un.get("name_en").asText()).isEqualTo("United Nations");
        assertThat(un.get("name_zh").asText()).isEqualTo("联合国");
        assertThat(un.get("match").asText()).isEqualTo("exact");
        assertThat(un.get("status_state").asText()).isEqualTo("USA");
        assertThat(un.get("status").asText()).isEqualTo("member");
        assertThat(r.get("on").asText()).isEqualTo("2026-12-01");
        // The tiers never go back: exact, prefix, words, fuzzy.
        String[] order = {"exact", "prefix", "words", "fuzzy"};
        int last = 0;
        for (JsonNode h : r.get("results")) {
            int tier = java.util.Arrays.asList(order).indexOf(h.get("match").asText());
            assertThat(tier).as(h.toString()).isGreaterThanOrEqualTo(last);
            last = tier;
        }
        // WHO: the US left on 2026-01-22; its status today says so.
        JsonNode who = search("WHO").get("results").get(0);
        assertThat(who.get("id").asText()).isEqualTo("who");
        assertThat(who.get("status").asText()).isNotEqualTo("member");
        JsonNode usa = search("美国").get("results").get(0);
        assertThat(usa.get("type").asText()).isEqualTo("state");
        assertThat(usa.get("status").asText()).isEqualTo("member");
    }

    @Test
    void resultsHoldOrganizationsAndStatesAndTheMatchingActsComeBeside() throws Exception {
        JsonNode r = search("memorandum withdrawing international organizations");
        for (JsonNode h : r.get("results")) assertThat(h.get("type").asText()).as(h.toString()).isIn("org", "state");
        assertThat(r.get("acts").findValuesAsText("id")).contains("us-memo-2026-01-07");
        assertThat(r.get("acts").findValuesAsText("type")).containsOnly("instrument");
    }

    @Test
    void nothingFoundOffersSuggestions() throws Exception {
        JsonNode r = search("Wrld Mtrlgcl Orgnztn");
        assertThat(r.get("results")).isEmpty();
        assertThat(r.get("suggestions")).isNotEmpty();
        assertThat(r.get("suggestions").findValuesAsText("id")).contains("wmo");
    }

    @Test
    void langPicksTheNameAndBadInputIsNamed() throws Exception {
        HttpResponse<String> zh = site.get("/api/search?q=UNESCO&lang=zh");
        JsonNode top = new ObjectMapper().readTree(zh.body()).get("results").get(0);
        assertThat(top.get("name").asText()).isEqualTo(top.get("name_zh").asText());
        HttpResponse<String> bad = site.get("/api/search?q=UN&lang=fr");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("'fr'");
        assertThat(site.get("/api/search?q=UN&limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void theSearchPageListsTheRankedHitsAndGoesStraightToASingleExactOne() throws Exception {
        HttpResponse<String> page = site.get("/search?q=UN&lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        int un = body.indexOf("<a href=\"/orgs/un\">");
        assertThat(un).isPositive();
        assertThat(body.indexOf("<a href=\"/orgs/un-")).isGreaterThan(un);
        HttpResponse<String> who = site.get("/search?q=" + URLEncoder.encode("世卫组织", StandardCharsets.UTF_8));
        assertThat(who.statusCode()).isEqualTo(302);
        assertThat(who.headers().firstValue("Location")).hasValue("/orgs/who");
        HttpResponse<String> none = site.get("/search?q=Wrld+Mtrlgcl+Orgnztn&lang=en");
        assertThat(none.body()).contains("Did you mean").contains("/orgs/wmo");
    }
}
