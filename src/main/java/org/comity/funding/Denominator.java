package org.comity.funding;

import org.comity.domain.Coded;

/** What a share is a share of: every government donor's contributions, or the organization's total revenue. */
public enum Denominator implements Coded {
    GOVERNMENT_DONORS, TOTAL_REVENUE
}
