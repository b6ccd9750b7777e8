package org.comity.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.comity.domain.Coded;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.snapshot.Snapshot;

/** Turns what a user typed (an id, any name or acronym, a date) into the thing it names. */
public final class Lookup {

    private Lookup() {}

    /** An organization by id, name, acronym or alias in any language; ambiguous names list the candidates. */
    public static Organization org(Snapshot s, String text) {
        Organization byId = s.org(text);
        if (byId != null) return byId;
        // An id once published keeps answering, for the organization that replaced it (replaced-ids.csv).
        String replaced = org.comity.domain.ReplacedId.current(s.dataset().replacedIds(), org.comity.domain.IdKind.ORGANIZATION, text);
        if (replaced != null && s.org(replaced) != null) return s.org(replaced);
        Set<String> ids = s.orgsNamed(text);
        if (ids.isEmpty()) throw new NotFoundException("no organization is named '" + text + "'");
        if (ids.size() > 1) {
            List<String> candidates = ids.stream().map(id -> id + " (" + s.org(id).nameEn() + ")").toList();
            throw new BadInputException("'" + text + "' is ambiguous: " + String.join(", ", candidates), List.copyOf(ids));
        }
        return s.org(ids.iterator().next());
    }

    /** A state by ISO alpha-3 (any case) or name. */
    public static State state(Snapshot s, String text) {
        State byCode = s.state(text.toUpperCase(java.util.Locale.ROOT));
        if (byCode != null) return byCode;
        Set<String> ids = s.statesNamed(text);
        if (ids.size() == 1) return s.state(ids.iterator().next());
        if (ids.size() > 1) throw new BadInputException("'" + text + "' is ambiguous: " + String.join(", ", ids), List.copyOf(ids));
        throw new NotFoundException("no state is named '" + text + "' (use an ISO 3166-1 alpha-3 code such as USA)");
    }

    public static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException("'" + text + "' is not a date for " + what + " (use YYYY-MM-DD)");
        }
    }

    public static <E extends Enum<E> & Coded> E code(Class<E> type, String text, String what) {
        try {
            return Coded.parse(type, text.trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(what + ": " + e.getMessage());
        }
    }

    /** A comma-separated list of roles, or {@code all}; an unknown role is bad input naming it. */
    public static java.util.Set<org.comity.domain.Role> roles(String text, String option) {
        if (text.trim().equalsIgnoreCase("all")) return java.util.EnumSet.allOf(org.comity.domain.Role.class);
        java.util.Set<org.comity.domain.Role> out = java.util.EnumSet.noneOf(org.comity.domain.Role.class);
        for (String r : text.split(",")) {
            try {
                out.add(org.comity.domain.Coded.parse(org.comity.domain.Role.class, r.trim().toLowerCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(option + " '" + r.trim() + "': " + e.getMessage());
            }
        }
        return out;
    }
}
