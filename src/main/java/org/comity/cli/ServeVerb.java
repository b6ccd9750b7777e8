package org.comity.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.comity.App;
import org.comity.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Run the web site and the JSON API.")
final class ServeVerb extends Verb {

    private static final int REFRESH_SECONDS = 5;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--releases", paramLabel = "DIR",
            description = "The releases served at /data, as `comity release DIR` writes them (default: COMITY_RELEASES, else releases/ under COMITY_HOME).")
    String releases;

    /** Loading the web server's classes takes most of a second; do it while the database opens. */
    @Override
    void beforeOpen() {
        Thread warmUp = new Thread(WebServer::preload, "comity-web-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    App.Load load() {
        return App.Load.IN_BACKGROUND;
    }

    @Override
    int run(App app) throws InterruptedException {
        WebServer server = WebServer.start(app, bind, port, org.comity.release.ReleaseShelf.directory(releases, System.getenv()));
        app.snapshots().get(); // the dataset loaded meanwhile; a failure to load ends the command here
        note("Comity serving http://" + bind + ":" + server.port() + "/ on " + app.config().describe() + " (ready "
                + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms after launch)");
        // Nodes sharing one PostgreSQL database pick up each other's writes through the dataset version.
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "comity-snapshot-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(() -> {
            try {
                if (app.snapshots().refreshIfStale()) note("reloaded dataset version " + app.snapshots().get().version());
            } catch (RuntimeException e) {
                note("snapshot refresh failed: " + e.getMessage());
            }
        }, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
        server.awaitStop();
        refresher.shutdownNow();
        return 0;
    }
}
