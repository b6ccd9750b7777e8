package org.comity.domain.rules;

import java.time.LocalDate;
import java.util.List;
import org.comity.domain.Action;

/** One part of a status (legal standing, participation, funding): its value, since when, and the acts it rests on. */
public record Part<E extends Enum<E>>(E value, LocalDate since, List<Action> basis) {

    public Part {
        basis = List.copyOf(basis);
    }

    public static <E extends Enum<E>> Part<E> of(E value, LocalDate since) {
        return new Part<>(value, since, List.of());
    }
}
