package org.comity.domain;

import java.time.Period;
import java.util.List;

/** An organization's withdrawal clause: the article, the notice period and how the effective date follows. */
public record WithdrawalRule(String org, String treaty, String article, Period noticePeriod, EffectiveRule rule,
                             String conditions, List<String> sources) implements Sourced {}
