package org.comity.claims;

import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;

/** One claim with its check (null when claim-checks.csv has none) and the verdict. */
public record ClaimAnswer(Claim claim, ClaimCheck check, ClaimResult result) {}
