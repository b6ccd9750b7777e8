package org.comity.query;

import java.util.List;
import org.comity.domain.Organization;

/**
 * Years in which two records say otherwise about a state in an organization: the one that answers
 * ({@code record}: curated acts or the member list) and the other ({@code otherRecord}: the member list
 * or COW), each with what it says ({@code member} or {@code not-member}).
 */
public record Conflict(String state, Organization org, int fromYear, int toYear, String record, String curated,
                       String otherRecord, String other, List<String> sources) {}
