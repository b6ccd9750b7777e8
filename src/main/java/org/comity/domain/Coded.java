package org.comity.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Enums whose values are written in data files and answers as lowercase, hyphenated codes
 * ({@code ONE_YEAR_AFTER_NOTICE} is {@code one-year-after-notice}).
 */
public interface Coded {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant whose code is {@code code}; the exception lists the codes that exist. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) return e;
        }
        throw new IllegalArgumentException("'" + code + "' is not one of " + codes(type));
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining("|"));
    }
}
