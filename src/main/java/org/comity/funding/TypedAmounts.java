package org.comity.funding;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** USD amounts by revenue type, and their total. Immutable; {@link #plus} makes a new one. */
public final class TypedAmounts {

    public static final TypedAmounts ZERO = new TypedAmounts(new EnumMap<>(RevenueType.class));

    private final Map<RevenueType, BigDecimal> byType;

    private TypedAmounts(EnumMap<RevenueType, BigDecimal> byType) {
        this.byType = Collections.unmodifiableMap(byType);
    }

    public TypedAmounts plus(RevenueType type, BigDecimal usd) {
        EnumMap<RevenueType, BigDecimal> m = new EnumMap<>(RevenueType.class);
        m.putAll(byType);
        m.merge(type, usd, BigDecimal::add);
        return new TypedAmounts(m);
    }

    public TypedAmounts plus(TypedAmounts other) {
        TypedAmounts t = this;
        for (var e : other.byType.entrySet()) t = t.plus(e.getKey(), e.getValue());
        return t;
    }

    public BigDecimal of(RevenueType type) {
        return byType.getOrDefault(type, BigDecimal.ZERO);
    }

    public BigDecimal total() {
        return byType.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isEmpty() {
        return byType.isEmpty();
    }
}
