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
                FundingVerbs.class, ImpactVerb.class, ClaimsVerb.class, LinkVerb.class, WarmUpVerb.class})
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
            String message = e.getMessage();
            int code;
            if (e instanceof NotFoundException) code = NOT_FOUND;
            else if (e instanceof BadInputException || e instanceof DatasetException) code = BAD_INPUT;
            else if (e instanceof StoreException) code = FAILED;
            else {
                cmd.getErr().println("comity: failed: " + e);
                e.printStackTrace(cmd.getErr());
                return FAILED;
            }
            if (e instanceof DatasetException de && de.problems().size() > 1) {
                for (var p : de.problems()) cmd.getErr().println("comity: " + p);
                message = de.problems().size() + " problems; nothing was written";
            }
            cmd.getErr().println("comity: " + message);
            return code;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("comity: " + e.getMessage());
            e.getCommandLine().getErr().println("(see: comity " + e.getCommandLine().getCommandName() + " --help)");
            return BAD_INPUT;
        });
        return cl;
    }
}
