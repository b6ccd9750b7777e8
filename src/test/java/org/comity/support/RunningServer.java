package org.comity.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.comity.App;
import org.comity.release.Release;
import org.comity.web.WebServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The web server on a free port over a test store loaded with the bundled dataset, for every test of a
 * class: {@code @RegisterExtension static final RunningServer site = new RunningServer();}
 */
public final class RunningServer implements BeforeAllCallback, AfterAllCallback {

    private final HttpClient http = HttpClient.newHttpClient();
    private final boolean withRelease;
    private TestDb db;
    private App app;
    private WebServer server;
    private Path releases;

    public RunningServer() {
        this(false);
    }

    private RunningServer(boolean withRelease) {
        this.withRelease = withRelease;
    }

    /** A server whose releases directory (/data) holds one release of the bundled dataset. */
    public static RunningServer withRelease() {
        return new RunningServer(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        db = TestDb.create();
        app = App.open(db.config(), true);
        releases = Files.createTempDirectory("comity-releases");
        if (withRelease) Release.write(app.snapshots().get().dataset(), releases, app.today().date(), null);
        server = WebServer.start(app, "127.0.0.1", 0, releases);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.stop();
        app.close();
        db.close();
        try (Stream<Path> s = Files.walk(releases)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** An API answer less its {@code cite} block (the release and the answer's URL: what only the site knows), to compare with the CLI's. */
    public static com.fasterxml.jackson.databind.JsonNode uncited(com.fasterxml.jackson.databind.JsonNode answer) {
        if (answer.isObject()) ((com.fasterxml.jackson.databind.node.ObjectNode) answer).remove("cite");
        return answer;
    }

    /** The releases directory the server serves at /data. */
    public Path releases() {
        return releases;
    }

    public TestDb db() {
        return db;
    }

    public App app() {
        return app;
    }

    /** The command line over the server's store (the same answers, the other way in). */
    public Cli cli() {
        return new Cli(db);
    }

    public WebServer server() {
        return server;
    }

    public int port() {
        return server.port();
    }

    public HttpClient http() {
        return http;
    }

    /** GET {@code path} (starting with /), the body as a string. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
