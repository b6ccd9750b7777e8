package org.comity.domain;

import java.util.List;

/**
 * Everything Comity's curated record holds, as plain lists in their curated order. Episodes are the
 * member lists' rows ({@code members/<org>.csv}), in the order of {@code member-lists.csv}. The store, the data files and the
 * snapshot all convert to and from this one shape, which is what makes export/import lossless.
 */
public record Dataset(
        List<Source> sources,
        List<Organization> organizations,
        List<Alias> aliases,
        List<State> states,
        List<Instrument> instruments,
        List<Action> actions,
        List<MemberList> memberLists,
        List<Episode> episodes,
        List<MemberCount> memberCounts,
        List<WithdrawalRule> withdrawalRules,
        List<RecordCheck> checks,
        List<Claim> claims,
        List<ClaimCheck> claimChecks,
        List<ReplacedId> replacedIds) {

    public Dataset {
        sources = List.copyOf(sources);
        organizations = List.copyOf(organizations);
        aliases = List.copyOf(aliases);
        states = List.copyOf(states);
        instruments = List.copyOf(instruments);
        actions = List.copyOf(actions);
        memberLists = List.copyOf(memberLists);
        episodes = List.copyOf(episodes);
        memberCounts = List.copyOf(memberCounts);
        withdrawalRules = List.copyOf(withdrawalRules);
        checks = List.copyOf(checks);
        claims = List.copyOf(claims);
        claimChecks = List.copyOf(claimChecks);
        replacedIds = List.copyOf(replacedIds);
    }

    public static Dataset empty() {
        return new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
