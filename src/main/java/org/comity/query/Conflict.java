package org.comity.query;

import java.util.List;
import org.comity.domain.Organization;

/** Years in which the imported record (COW) says otherwise than the curated one about a state in an organization. */
public record Conflict(String state, Organization org, int fromYear, int toYear, String curated, String other,
                      List<String> sources) {}
