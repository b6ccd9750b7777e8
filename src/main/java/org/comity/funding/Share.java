package org.comity.funding;

import java.math.BigDecimal;
import java.math.MathContext;

/** A share with its parts shown: numerator / denominator, and which denominator it is. */
public record Share(BigDecimal numerator, BigDecimal denominator, Denominator of) {

    /** The ratio, or null when the denominator is zero (nothing to divide by). */
    public Double value() {
        if (denominator.signum() == 0) return null;
        return numerator.divide(denominator, MathContext.DECIMAL64).doubleValue();
    }
}
