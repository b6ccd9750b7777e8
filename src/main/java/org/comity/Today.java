package org.comity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.comity.query.BadInputException;

/**
 * The one clock: "today" for every default date (status, members, pages, feeds). Set by {@code --today}
 * or {@code COMITY_TODAY=YYYY-MM-DD}, so that a test, a reproducible export or a reader who wants the
 * answers as of a day gets the same answers every time; otherwise the system's date in UTC.
 */
public final class Today {

    public static final String VARIABLE = "COMITY_TODAY";

    private final Clock clock;

    private Today(Clock clock) {
        this.clock = clock;
    }

    public static Today system() {
        return new Today(Clock.systemUTC());
    }

    public static Today fixed(LocalDate day) {
        return new Today(Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    /** {@code option} (the --today value) wins over {@code COMITY_TODAY}; a malformed value is bad input. */
    public static Today resolve(String option, Map<String, String> env) {
        if (option != null && !option.isBlank()) return fixed(parse(option.trim(), "--today"));
        String fromEnv = env.get(VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) return fixed(parse(fromEnv.trim(), VARIABLE));
        return system();
    }

    public static Today fromEnvironment() {
        return resolve(null, System.getenv());
    }

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public int year() {
        return date().getYear();
    }

    private static LocalDate parse(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException(name + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }
}
