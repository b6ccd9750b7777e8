package org.comity.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.comity.App;
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
    private TestDb db;
    private App app;
    private WebServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        db = TestDb.create();
        app = App.open(db.config(), true);
        server = WebServer.start(app, "127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
        app.close();
        db.close();
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
