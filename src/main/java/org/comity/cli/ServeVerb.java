package org.comity.cli;

import org.comity.App;
import org.comity.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Run the web site and the JSON API.")
final class ServeVerb extends Verb {

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Override
    int run(App app) throws InterruptedException {
        WebServer server = WebServer.start(app, bind, port);
        note("Comity serving http://" + bind + ":" + server.port() + "/ on " + app.config().describe());
        server.awaitStop();
        return 0;
    }
}
