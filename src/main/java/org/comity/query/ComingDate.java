package org.comity.query;

import java.time.LocalDate;
import org.comity.domain.Action;
import org.comity.domain.EffectiveRule;

/**
 * A day still to come on which an act takes legal effect: an exit whose notice is running ({@code event} "exit",
 * {@code date} the first day out, {@code lastDay} the last day of membership where the clause names one), or a
 * return ("return"). {@code computed}: the day follows from the notice by the rule, rather than being recorded.
 */
public record ComingDate(LocalDate date, LocalDate lastDay, String event, Action act, LocalDate notice, EffectiveRule rule,
                         boolean computed) {

    public static final String EXIT = "exit";
    public static final String RETURN = "return";
}
