package org.comity.query;

import org.comity.domain.Organization;
import org.comity.domain.PartialDate;

/** What changed for a state in an organization between two dates: joined, notice, left, rejoined, retracted, announced. */
public record Change(Organization org, String change, PartialDate date, String source) {}
