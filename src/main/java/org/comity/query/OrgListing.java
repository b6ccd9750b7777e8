package org.comity.query;

import org.comity.domain.Action;
import org.comity.domain.Organization;

/** An organization as listed, with the action of the instrument it was listed for (null when none). */
public record OrgListing(Organization org, Action action) {}
