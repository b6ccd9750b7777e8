package org.comity.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.comity.App;
import org.comity.store.DbConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** What every verb shares: --db, --format, and an {@link App} opened for the length of the command. */
abstract class Verb implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database (default: COMITY_DB_URL, else the embedded H2 file under COMITY_HOME or ~/.comity).")
    String db;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--today", paramLabel = "DATE",
            description = "Answer as of this day wherever a date is left out (default: COMITY_TODAY, else the system date).")
    String todayOption;

    @Spec
    CommandSpec spec;

    /** "Today" for this command: --today, else COMITY_TODAY, else the system date. */
    org.comity.Today today() {
        return org.comity.Today.resolve(todayOption, System.getenv());
    }

    @Override
    public final Integer call() throws Exception {
        org.comity.Today today = today(); // a malformed --today or COMITY_TODAY is bad input for every verb
        if (!needsStore()) return run(null);
        beforeOpen();
        try (App app = App.open(DbConfig.resolve(db, System.getenv()), seedsStore(), load(), today)) {
            return run(app);
        }
    }

    /** Runs just before the store opens (which takes a second): a place to start work in parallel. */
    void beforeOpen() {
    }

    /** When the snapshot is built: before the command runs, unless the command says otherwise (the server, imports of figures). */
    App.Load load() {
        return App.Load.NOW;
    }

    /** Whether the command reads or writes the store at all ({@code validate} does not). */
    boolean needsStore() {
        return true;
    }

    /** Whether an empty store gets the bundled dataset first (not for commands that fill it themselves). */
    boolean seedsStore() {
        return true;
    }

    abstract int run(App app) throws Exception;

    void print(Object answer, List<String> tableColumns) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(Output.render(answer, format, tableColumns));
        out.flush();
    }

    void note(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message);
        err.flush();
    }
}
