package org.comity.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/** A one-line percentage on a terminal (stderr); silent when output is not a terminal, as in CI or a pipe. */
final class Progress implements IntConsumer {

    private final String label;
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private int shown = -1;

    Progress(String label, PrintWriter err) {
        this.label = label;
        this.err = err;
    }

    @Override
    public void accept(int percent) {
        if (!terminal || percent == shown) return;
        shown = percent;
        int bar = Math.max(0, Math.min(30, percent * 30 / 100));
        err.print("\r" + label + " [" + "#".repeat(bar) + " ".repeat(30 - bar) + "] " + percent + "%");
        err.flush();
    }

    void done() {
        if (terminal && shown >= 0) {
            err.print("\r" + " ".repeat(label.length() + 40) + "\r");
            err.flush();
        }
    }
}
