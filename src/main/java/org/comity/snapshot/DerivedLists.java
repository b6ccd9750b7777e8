package org.comity.snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.domain.Episode;
import org.comity.domain.MemberList;
import org.comity.domain.PartialDate;
import org.comity.domain.Role;

/**
 * The members of bodies whose membership follows other bodies' ({@code follows} in member-lists.csv): the
 * union of the followed bodies' members, as one episode per unbroken stretch, from the list's
 * {@code complete_from} (the day the body began) on. UNCTAD's members are the UN's; the IPCC's are the
 * members of the UN and of the WMO.
 */
final class DerivedLists {

    private DerivedLists() {}

    /** Every listed episode followed by the derived ones, in list order; a list that follows itself round is left empty. */
    static List<Episode> withDerived(List<MemberList> lists, List<Episode> listed) {
        Map<String, List<Episode>> byOrg = new LinkedHashMap<>();
        for (Episode e : listed) byOrg.computeIfAbsent(e.org(), k -> new ArrayList<>()).add(e);
        Map<String, MemberList> byId = new HashMap<>();
        for (MemberList l : lists) byId.put(l.org(), l);
        List<Episode> out = new ArrayList<>(listed);
        Map<String, List<Episode>> derived = new HashMap<>();
        for (MemberList l : lists) {
            if (l.derived()) out.addAll(derive(l, byId, byOrg, derived, new LinkedHashSet<>()));
        }
        return out;
    }

    private static List<Episode> derive(MemberList l, Map<String, MemberList> byId, Map<String, List<Episode>> listed,
                                        Map<String, List<Episode>> done, Set<String> path) {
        if (done.containsKey(l.org())) return done.get(l.org());
        if (!path.add(l.org())) return List.of();
        List<Episode> followed = new ArrayList<>();
        for (String f : l.follows()) {
            MemberList fl = byId.get(f);
            if (fl == null) continue;
            followed.addAll(fl.derived() ? derive(fl, byId, listed, done, path) : listed.getOrDefault(f, List.of()));
        }
        List<Episode> out = union(l, followed);
        done.put(l.org(), out);
        return out;
    }

    /** Per state, the stretches covered by any followed episode that belongs, merged where they touch. */
    private static List<Episode> union(MemberList l, List<Episode> followed) {
        Map<String, List<Episode>> byState = new LinkedHashMap<>();
        followed.stream().filter(e -> e.role().belongs()).sorted(Comparator.comparing(Episode::state).thenComparing(Episode::start))
                .forEach(e -> byState.computeIfAbsent(e.state(), k -> new ArrayList<>()).add(e));
        List<Episode> out = new ArrayList<>();
        PartialDate from = l.completeFrom();
        for (List<Episode> runs : byState.values()) {
            Episode cur = null;
            for (Episode e : runs) {
                if (cur != null && (cur.end() == null || !cur.end().date().isBefore(e.start().date()))) {
                    PartialDate end = cur.end() == null || e.end() == null ? null
                            : cur.end().compareTo(e.end()) >= 0 ? cur.end() : e.end();
                    cur = new Episode(cur.state(), l.org(), Role.MEMBER, cur.start(), end, end == null ? null : e.endReason(),
                            null, null, cur.note(), merge(cur.sources(), e.sources()));
                } else {
                    if (cur != null) out.add(cur);
                    cur = new Episode(e.state(), l.org(), Role.MEMBER, e.start(), e.end(), e.endReason(), null, null,
                            "member of " + e.org(), merge(l.sources(), e.sources()));
                }
            }
            if (cur != null) out.add(cur);
        }
        if (from == null) return out;
        List<Episode> clipped = new ArrayList<>();
        for (Episode e : out) {
            if (e.end() != null && !e.end().isAfter(from.date())) continue;
            clipped.add(e.start().compareTo(from) >= 0 ? e : new Episode(e.state(), e.org(), e.role(), from, e.end(),
                    e.endReason(), null, null, e.note(), e.sources()));
        }
        return clipped;
    }

    private static List<String> merge(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
