package org.comity.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An official count of a body's members as the body (or its depositary) states it on a day, with the
 * roles it includes: the member list must reproduce it, which {@code comity validate} checks.
 */
public record MemberCount(String org, LocalDate on, int count, List<Role> roles, String definition, List<String> sources)
        implements Sourced {}
