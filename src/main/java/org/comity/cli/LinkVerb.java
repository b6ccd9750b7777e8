package org.comity.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.comity.App;
import org.comity.linking.InputText;
import org.comity.linking.Linking;
import org.comity.linking.ListIngest;
import org.comity.query.Answers;
import org.comity.query.BadInputException;
import org.comity.query.Lookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "link", description = "Finds the organizations a Chinese or English text names, each with its status "
        + "for a state on a day; with --list, turns an official list of bodies into proposed actions.")
final class LinkVerb extends Verb {

    /** Far above any news text or list; keeps a stray multi-gigabyte file from exhausting memory. */
    static final int MAX_BYTES = 64 << 20;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-",
            description = "UTF-8 text to read; - or nothing for standard input.")
    String file;

    @Option(names = "--state", defaultValue = "USA", description = "ISO alpha-3 code or name (default: ${DEFAULT-VALUE}).")
    String state;

    @Option(names = "--on", description = "Day (YYYY-MM-DD) of the statuses; default today.")
    String on;

    @Option(names = "--list", description = "The input is a list of bodies, one a line (numbered or not): "
            + "propose one action a line, lines that name no single organization flagged 'unresolved'.")
    boolean list;

    @Override
    int run(App app) {
        Answers answers = app.answers();
        var st = Lookup.state(answers.snapshot(), state);
        LocalDate day = on == null ? app.today().date() : Lookup.date(on, "--on");
        String text = InputText.decode(read(), origin());
        if (list) {
            List<Map<String, Object>> rows = ListIngest.propose(answers, text, st, day);
            print(rows, List.of("seq", "org", "action", "status", "resolution", "text"));
            long unresolved = rows.stream().filter(r -> "unresolved".equals(r.get("org"))).count();
            if (unresolved > 0) note(unresolved + " of " + rows.size() + " lines unresolved: a curator must settle them");
            return 0;
        }
        Map<String, Object> answer = Linking.link(answers, text, st, day);
        if (format == Format.json) print(answer, null);
        else print(answer.get("mentions"), List.of("start", "end", "text", "org", "status", "basis"));
        return 0;
    }

    private boolean stdin() {
        return file == null || file.equals("-");
    }

    private String origin() {
        return stdin() ? "standard input" : file;
    }

    /** The input's bytes, at most {@link #MAX_BYTES}; unreadable input is bad input (exit 2). */
    private byte[] read() {
        try (InputStream in = stdin() ? System.in : Files.newInputStream(Path.of(file))) {
            if (!stdin() && Files.isDirectory(Path.of(file))) throw new BadInputException(file + " is a directory, not a text file");
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new BadInputException(origin() + " is larger than " + (MAX_BYTES >> 20) + " MB: split it");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new BadInputException("cannot read " + origin() + ": " + e.getMessage());
        }
    }
}
