package org.comity.linking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.comity.support.RunningServer;
import org.comity.web.LinkRoutes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/link over HTTP: the CLI's JSON, the list mode, 400 for unreadable bodies, 413 past 1 MB. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkRoutesTest {

    @RegisterExtension
    static final RunningServer site = new RunningServer();

    private HttpResponse<String> post(String query, byte[] body) throws Exception {
        // A body past the limit goes chunked (no Content-Length): the route reads it up to the limit and answers 413.
        // Declared with its length, the server refuses it before reading and closes the connection while the client
        // is still writing, which the JDK client reports as a broken connection instead of the answer (a race).
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.port() + "/api/link" + query))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(body.length > LinkRoutes.LIMIT ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return site.http().send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void linksTheTextWithStatuses() throws Exception {
        String text = "美国退出《联合国气候变化框架公约》(UNFCCC)和世卫组织。";
        HttpResponse<String> r = post("?state=USA&on=2026-06-01", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode m = json(r).get("mentions");
        assertThat(m).hasSize(2);
        assertThat(m.get(0).get("org").asText()).isEqualTo("unfccc");
        assertThat(m.get(0).get("text").asText()).isEqualTo("《联合国气候变化框架公约》(UNFCCC)");
        assertThat(m.get(0).get("start").asInt()).isEqualTo(4);
        assertThat(m.get(1).get("org").asText()).isEqualTo("who");
        assertThat(m.get(1).get("status").asText()).isNotBlank();
    }

    @Test
    void listModeProposesActions() throws Exception {
        HttpResponse<String> r = post("?list=true", "1. IRENA\n2. Nobody's Forum\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode p = json(r).get("proposals");
        assertThat(p).hasSize(2);
        assertThat(p.get(0).get("org").asText()).isEqualTo("irena");
        assertThat(p.get(1).get("org").asText()).isEqualTo("unresolved");
    }

    @Test
    void bodiesPastOneMegabyteGet413WithAJsonError() throws Exception {
        byte[] big = new byte[LinkRoutes.LIMIT + 1];
        Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = post("", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("error").asText()).contains("too large").contains("1 MB");
        byte[] atLimit = new byte[LinkRoutes.LIMIT];
        Arrays.fill(atLimit, (byte) 'a');
        assertThat(post("", atLimit).statusCode()).isEqualTo(200);
    }

    @Test
    void unreadableBodiesGet400WithTheReason() throws Exception {
        HttpResponse<String> empty = post("", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("error").asText()).contains("empty");
        HttpResponse<String> binary = post("", new byte[] {1, 2, 0, 3});
        assertThat(binary.statusCode()).isEqualTo(400);
        assertThat(json(binary).get("error").asText()).contains("binary");
        HttpResponse<String> latin1 = post("", new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(json(latin1).get("error").asText()).contains("UTF-8");
        assertThat(post("?on=yesterday", "UN".getBytes()).statusCode()).isEqualTo(400);
    }
}
