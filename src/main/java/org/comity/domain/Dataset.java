package org.comity.domain;

import java.util.List;

/**
 * Everything Comity knows, as plain lists in their curated order. The store, the data files and the
 * snapshot all convert to and from this one shape, which is what makes export/import lossless.
 */
public record Dataset(
        List<Source> sources,
        List<Organization> organizations,
        List<Alias> aliases,
        List<State> states,
        List<Instrument> instruments,
        List<Action> actions,
        List<Episode> episodes,
        List<WithdrawalRule> withdrawalRules,
        List<Claim> claims) {

    public Dataset {
        sources = List.copyOf(sources);
        organizations = List.copyOf(organizations);
        aliases = List.copyOf(aliases);
        states = List.copyOf(states);
        instruments = List.copyOf(instruments);
        actions = List.copyOf(actions);
        episodes = List.copyOf(episodes);
        withdrawalRules = List.copyOf(withdrawalRules);
        claims = List.copyOf(claims);
    }

    public static Dataset empty() {
        return new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
