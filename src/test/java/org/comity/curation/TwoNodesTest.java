package org.comity.curation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.comity.App;
import org.comity.support.RunningServer;
import org.comity.support.TestDb;
import org.comity.web.WebServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two nodes on one PostgreSQL database (-Dcomity.test.db=postgres): a proposal published on one is in the
 * other's answers within a second, told by the database's NOTIFY (the second node polls nothing).
 */
class TwoNodesTest {

    @RegisterExtension
    static final RunningServer first = new RunningServer();

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(int port, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChangePublishedOnOneNodeIsInTheOtherNodesAnswersWithinASecond() throws Exception {
        Assumptions.assumeTrue(TestDb.postgres(), "two nodes share a PostgreSQL database; run with -Dcomity.test.db=postgres");
        try (App second = App.open(first.db().config(), true)) {
            WebServer node = WebServer.start(second, "127.0.0.1", 0, Files.createTempDirectory("comity-releases"));
            try {
                Accounts accounts = new Accounts(first.app().database());
                var editor = accounts.add("ed2", AccountRole.EDITOR);
                var reviewer = accounts.add("rev2", AccountRole.REVIEWER);
                assertThat(send(node.port(), "GET", "/api/status?state=NZL&org=who", null, null).body()).doesNotContain(Notice.EFFECTIVE);

                // Proposed on the second node, published on the first: the accounts and the queue are the database's.
                var filed = send(node.port(), "POST", "/api/proposals", editor.token(),
                        new ObjectMapper().writeValueAsString(Notice.json("New Zealand deposits its notice of withdrawal from the WHO")));
                assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
                long id = new ObjectMapper().readTree(filed.body()).get("proposal").asLong();
                var published = send(first.port(), "POST", "/api/proposals/" + id + "/publish", reviewer.token(), null);
                assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
                long at = System.nanoTime();

                String status = "";
                while (System.nanoTime() - at < 3_000_000_000L) {
                    status = send(node.port(), "GET", "/api/status?state=NZL&org=who", null, null).body();
                    if (status.contains(Notice.EFFECTIVE)) break;
                    Thread.sleep(20);
                }
                double seconds = (System.nanoTime() - at) / 1e9;
                System.out.printf("the second node answered with the change %.3f s after the publish%n", seconds);
                assertThat(status).contains(Notice.EFFECTIVE);
                assertThat(seconds).isLessThan(1.0);
                assertThat(send(node.port(), "GET", "/api/history?org=who", null, null).body()).contains("nzl-who-2026").contains("rev2");
            } finally {
                node.stop();
            }
        }
    }
}
