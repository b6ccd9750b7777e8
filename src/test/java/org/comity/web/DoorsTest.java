package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.comity.support.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Limits on every door: each hostile request gets its own status and a JSON error, and the server keeps serving. */
class DoorsTest {

    @RegisterExtension
    static final RunningServer site = new RunningServer();

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return site.http().send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.port() + path));
    }

    @Test
    void countAnswersAnyYearsQuickly() throws Exception {
        for (String q : List.of("from=1&to=200000", "from=2147483000&to=2147483647", "from=-5&to=1000000000",
                "from=99999999999&to=1", "from=1816&to=2100")) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = site.get("/api/count?org=who&" + q);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.statusCode()).as(q + ": " + r.body()).isIn(200, 400);
            if (r.statusCode() == 400) assertThat(r.body()).startsWith("{\"error\":");
            // Generous for a loaded CI machine; the bound is what keeps it small (7 s before).
            assertThat(ms).as(q).isLessThan(2_000);
        }
        assertThat(site.get("/api/count?org=who&from=1&to=200000").body()).contains("1816-2100");
    }

    @Test
    void oversizedAndMalformedRequestsGetTheirStatus() throws Exception {
        HttpResponse<String> big = send(at("/api/link").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 << 20]))
                .header("Content-Type", "text/plain"));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("\"error\"");
        HttpResponse<String> longQuery = site.get("/api/orgs?q=" + "a".repeat(3000));
        assertThat(longQuery.statusCode()).isEqualTo(414);
        StringBuilder many = new StringBuilder("/api/orgs?");
        for (int i = 0; i < 40; i++) many.append("p").append(i).append("=1&");
        assertThat(site.get(many.toString()).statusCode()).isEqualTo(400);
        HttpResponse<String> method = send(at("/api/orgs").DELETE());
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.body()).contains("\"error\"");
        HttpResponse<String> page = site.get("/");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
    }

    @Test
    void aFloodIsCutOffAndTheServerKeepsServing() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < Limits.EXPENSIVE_PER_MINUTE + 20; i++) statuses.add(site.get("/api/search?q=who").statusCode());
        assertThat(statuses).contains(429);
        assertThat(statuses.subList(0, 50)).containsOnly(200);
        HttpResponse<String> limited = site.get("/api/search?q=who");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).as(limited.headers().map().toString()).contains("too many requests");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        // Other routes, and the same route for others, go on.
        assertThat(site.get("/api/orgs").statusCode()).isEqualTo(200);
        HttpResponse<String> health = site.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"");
    }
}
