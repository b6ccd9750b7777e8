package org.comity.domain;

import java.util.List;

/**
 * What Comity holds of one body's members ({@code members/<org>.csv}) and how far it can be trusted.
 *
 * @param follows      bodies whose membership this one follows (UNCTAD follows the UN; the IPCC is open to
 *                     the members of the UN and of the WMO): its members are theirs, derived, not listed
 * @param completeFrom the first day from which the file holds every member with every join and exit; on
 *                     and after it a state that is not listed is not a member; null when the file is partial.
 *                     For a list that follows other bodies: the day its membership began to follow theirs
 * @param counted      the roles the body counts as members, as the file says (empty: {@link #countedRoles()})
 * @param checked      the day the list was last compared with its sources
 */
public record MemberList(String org, List<String> follows, PartialDate completeFrom, List<Role> counted,
                         java.time.LocalDate checked, String note, List<String> sources) implements Sourced {

    public boolean complete(java.time.LocalDate on) {
        return completeFrom != null && completeFrom.isOnOrBefore(on);
    }

    public boolean derived() {
        return !follows.isEmpty();
    }

    /** The roles counted in the body's number of members: as listed, else those {@link Role#countedByDefault() counted by default}. */
    public List<Role> countedRoles() {
        return counted.isEmpty() ? defaultCounted() : counted;
    }

    public static List<Role> defaultCounted() {
        return java.util.Arrays.stream(Role.values()).filter(Role::countedByDefault).toList();
    }
}
