package org.comity.cli;

import org.comity.dataset.DatasetException;
import org.comity.query.BadInputException;
import org.comity.query.NotFoundException;
import org.comity.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "comity", mixinStandardHelpOptions = true, version = "comity 0.1.0",
        description = "Who belongs to which international organization, who is leaving, and when it takes effect.",
        subcommands = {OrgsVerb.class, OrgVerb.class, StatusVerb.class, TimelineVerb.class, MembersVerb.class,
                MembershipsVerb.class, HistoryVerbs.Diff.class, HistoryVerbs.Count.class, HistoryVerbs.Conflicts.class,
                ValidateVerb.class, ImportVerbs.class, ExportVerb.class, ReleaseVerb.class, ServeVerb.class, CowVerbs.class,
                FundingVerbs.class, ImpactVerb.class, ClaimsVerb.class, LinkVerb.class, WatchVerb.class, WarmUpVerb.class})
public final class ComityCommand {

    /**
     * Exit codes (docs/contract.md): 0 answered, 1 not found, 2 bad input, 3 failed — the database, or Comity
     * itself (a defect: the stack trace follows the one-line error), never to be read as "not found".
     */
    public static final int NOT_FOUND = 1;
    public static final int BAD_INPUT = 2;
    public static final int FAILED = 3;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ComityCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            int code = exitCode(e);
            if (e instanceof DatasetException de && de.problems().size() > 1) {
                printProblems(cmd.getErr(), de.problems());
                cmd.getErr().println("comity: " + de.problems().size() + " problems; nothing was written");
            } else {
                cmd.getErr().println("comity: " + oneLine(e));
            }
            cmd.getErr().flush();
            return code;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("comity: " + e.getMessage());
            e.getCommandLine().getErr().println("(see: comity " + e.getCommandLine().getCommandName() + " --help)");
            return BAD_INPUT;
        });
        return cl;
    }

    /** The first problems, one a line, then how many more there are: a broken file must not flood the terminal. */
    public static final int PROBLEMS_SHOWN = 50;

    static void printProblems(java.io.PrintWriter err, java.util.List<org.comity.dataset.Problem> problems) {
        for (int i = 0; i < Math.min(PROBLEMS_SHOWN, problems.size()); i++) err.println("comity: " + problems.get(i));
        if (problems.size() > PROBLEMS_SHOWN) err.println("comity: ... and " + (problems.size() - PROBLEMS_SHOWN) + " more");
    }

    /**
     * 1 is "not found" only; bad input (a file, a value) is 2; anything else — the database, the disk, an
     * error of Comity's own — is 3, with one line and never a stack trace.
     */
    static int exitCode(Throwable e) {
        if (e instanceof NotFoundException) return NOT_FOUND;
        if (e instanceof BadInputException || e instanceof DatasetException) return BAD_INPUT;
        return FAILED;
    }

    /** One line for any error: its own message, else its root cause's, with what kind of failure it was. */
    static String oneLine(Throwable e) {
        if (e instanceof NotFoundException || e instanceof BadInputException || e instanceof DatasetException
                || e instanceof StoreException) {
            return firstLine(e.getMessage());
        }
        // A defect or a failure below us: what failed, in one line (never a stack trace: exit 3 says it failed).
        return "failed: " + firstLine(e.toString());
    }

    private static String firstLine(String m) {
        return m == null ? "" : m.lines().findFirst().orElse("");
    }
}
