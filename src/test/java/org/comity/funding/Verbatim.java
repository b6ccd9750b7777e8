package org.comity.funding;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.comity.cli.ComityCommand;
import org.comity.support.Cli;
import org.comity.support.TestDb;
import picocli.CommandLine;

/**
 * Runs a two-word verb ({@code funding revenue ...}, {@code funding extract ...}) with {@code --db} placed
 * after both words; {@link Cli} places it after the first word, which fits one-word verbs and {@code import}.
 */
final class Verbatim {

    private Verbatim() {}

    static Cli.Result run(TestDb db, String group, String verb, String... args) {
        CommandLine cl = ComityCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 3];
        all[0] = group;
        all[1] = verb;
        all[2] = "--db=" + db.url();
        System.arraycopy(args, 0, all, 3, args.length);
        int exit = cl.execute(all);
        return new Cli.Result(exit, out.toString(), err.toString());
    }
}
