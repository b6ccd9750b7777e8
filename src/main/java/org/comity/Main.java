package org.comity;

import org.comity.cli.ComityCommand;

public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(ComityCommand.commandLine().execute(args));
    }
}
