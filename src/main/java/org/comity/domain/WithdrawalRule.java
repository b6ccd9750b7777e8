package org.comity.domain;

import java.time.Period;
import java.util.List;

/** An organization's withdrawal clause: the article, the notice period and how the effective date follows. */
public record WithdrawalRule(String org, String treaty, String article, Period noticePeriod, EffectiveRule rule,
                             String conditions, List<String> sources, String treatyZh, String articleZh, String conditionsZh)
        implements Sourced {

    /** Without Chinese texts (the treaty, article and conditions shown in English on the Chinese site). */
    public WithdrawalRule(String org, String treaty, String article, Period noticePeriod, EffectiveRule rule, String conditions,
                          List<String> sources) {
        this(org, treaty, article, noticePeriod, rule, conditions, sources, null, null, null);
    }
}
