package org.comity.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as answers give them: USD rounded to the dollar (cents in CEB's figures are noise next to these sums). */
public final class Usd {

    private Usd() {}

    public static BigDecimal rounded(BigDecimal v) {
        return v.setScale(0, RoundingMode.HALF_UP);
    }
}
