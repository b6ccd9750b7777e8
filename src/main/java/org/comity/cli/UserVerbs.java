package org.comity.cli;

import java.util.Map;
import org.comity.App;
import org.comity.curation.AccountRole;
import org.comity.curation.Accounts;
import org.comity.query.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code comity user add NAME --role R}: the curators' accounts. */
@Command(name = "user", description = "Manage the curators' accounts.", subcommands = {UserVerbs.Add.class})
final class UserVerbs {

    private UserVerbs() {}

    @Command(name = "add", description = "Create an account; prints its password and API token once (only their hashes are kept).")
    static final class Add extends Verb {

        @Parameters(paramLabel = "NAME", description = "The account's name (lowercase letters, digits, . _ -).")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "editor (proposes), reviewer (proposes, publishes) or admin (manages accounts).")
        String role;

        @Override
        int run(App app) {
            Accounts.Created created;
            try {
                created = new Accounts(app.database()).add(name, AccountRole.of(role));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            Map<String, Object> answer = created.shape();
            note("account " + name + " (" + role + ") created; the password and token below are shown this once");
            print(answer, null);
            return 0;
        }
    }
}
