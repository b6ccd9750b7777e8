package org.comity.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comity.domain.Dataset;
import org.comity.domain.Instrument;
import org.comity.domain.Source;
import org.comity.domain.Sourced;

/**
 * How many dated facts (legal acts, their actions, member-list rows) rest first on a primary source: the
 * depositary, the acting government, the organization itself. {@code comity validate} prints it.
 *
 * @param usFacts       acts of the United States and their actions
 * @param usPrimary     of which the first source is primary
 * @param referenceOnly facts whose every source is a reference work or a dataset (no primary, no press): the
 *                      record's weakest, said beside the share so that nobody reads the share as the whole story
 */
public record PrimaryShare(int facts, int primary, int usFacts, int usPrimary, int referenceOnly) {

    public static final String US = "USA";

    public static PrimaryShare of(Dataset d) {
        Map<String, Source> byUrl = new HashMap<>();
        for (Source s : d.sources()) byUrl.put(s.url(), s);
        List<Sourced> all = new ArrayList<>();
        List<Sourced> us = new ArrayList<>();
        for (Instrument i : d.instruments()) (i.actor().equals(US) ? us : all).add(i);
        for (var a : d.actions()) (a.state().equals(US) ? us : all).add(a);
        all.addAll(d.episodes());
        int usPrimary = primary(us, byUrl);
        return new PrimaryShare(all.size() + us.size(), primary(all, byUrl) + usPrimary, us.size(), usPrimary,
                referenceOnly(all, byUrl) + referenceOnly(us, byUrl));
    }

    private static int referenceOnly(List<Sourced> facts, Map<String, Source> byUrl) {
        int n = 0;
        for (Sourced f : facts) {
            if (!f.sources().isEmpty() && f.sources().stream().map(byUrl::get)
                    .allMatch(s -> s != null && s.kind() == org.comity.domain.SourceKind.REFERENCE)) n++;
        }
        return n;
    }

    private static int primary(List<Sourced> facts, Map<String, Source> byUrl) {
        int n = 0;
        for (Sourced f : facts) {
            Source first = f.sources().isEmpty() ? null : byUrl.get(f.sources().get(0));
            if (first != null && first.primary()) n++;
        }
        return n;
    }

    public double share() {
        return facts == 0 ? 0 : (double) primary / facts;
    }

    public double usShare() {
        return usFacts == 0 ? 0 : (double) usPrimary / usFacts;
    }

    /**
     * One line for a person: "primary source first: 64.1% of 8,214 dated facts; 83.0% of 141 about US acts;
     * 870 rest on a reference work or dataset alone".
     */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "primary source first: %.1f%% of %,d dated facts; %.1f%% of %,d about US acts; "
                        + "%,d rest on a reference work or dataset alone", 100 * share(), facts, 100 * usShare(), usFacts, referenceOnly);
    }
}
