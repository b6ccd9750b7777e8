package org.comity.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.comity.cli.ComityCommand;
import picocli.CommandLine;

/** Runs the real command line in-process against one test database (its --db added) and captures what it prints. */
public final class Cli {

    public record Result(int exit, String out, String err) {
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (Exception e) {
                throw new AssertionError("not JSON (exit " + exit + ", stderr: " + err + "): " + out, e);
            }
        }
    }

    private final String dbUrl;

    public Cli(TestDb db) {
        this.dbUrl = db.url();
    }

    public Result run(String... args) {
        return runWithInput(null, args);
    }

    /** The same with {@code stdin} as standard input (null: the test's own). */
    public Result runWithInput(byte[] stdin, String... args) {
        InputStream saved = System.in;
        try {
            if (stdin != null) System.setIn(new ByteArrayInputStream(stdin));
            return execute(args);
        } finally {
            System.setIn(saved);
        }
    }

    private Result execute(String... args) {
        CommandLine cl = ComityCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty() && !all.get(0).equals("validate")) {
            // after the verb: one word, or two for the groups (import dataset, funding revenue ...)
            int at = all.get(0).equals("import") || all.get(0).equals("funding") || all.get(0).equals("user") ? 2 : 1;
            all.add(Math.min(at, all.size()), "--db=" + dbUrl);
        }
        int exit = cl.execute(all.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }
}
