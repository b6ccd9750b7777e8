package org.comity;

import org.comity.cli.ComityCommand;

public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // Logging starts here, once, before any warm-up thread can race to initialise it.
        org.slf4j.LoggerFactory.getILoggerFactory();
        System.exit(ComityCommand.commandLine().execute(args));
    }
}
