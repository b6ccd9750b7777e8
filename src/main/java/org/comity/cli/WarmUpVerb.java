package org.comity.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.comity.App;
import org.comity.store.DbConfig;
import org.comity.web.WebServer;
import picocli.CommandLine.Command;

/**
 * A training run for the JVM's class-data sharing archive that ./comity builds beside the jar: it opens a
 * throw-away store, serves a few pages and stops, so that the classes a start needs are archived and
 * the next starts load them mapped, not parsed (about two seconds less to a first answer).
 */
@Command(name = "warm-up", hidden = true, description = "Training run for the start-up archive (used by ./comity).")
final class WarmUpVerb implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Path home = Files.createTempDirectory("comity-warm-up");
        try (App app = App.open(DbConfig.embedded(home), true)) {
            WebServer server = WebServer.start(app, "127.0.0.1", 0);
            try {
                HttpClient http = HttpClient.newHttpClient();
                for (String path : new String[] {"/health", "/", "/orgs/who", "/api/status?state=USA&org=who", "/api/orgs"}) {
                    http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                            HttpResponse.BodyHandlers.discarding());
                }
            } finally {
                server.stop();
            }
        } finally {
            try (Stream<Path> s = Files.walk(home)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
        return 0;
    }
}
