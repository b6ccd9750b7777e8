package org.comity.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A published id that no longer names a current record, and the id that now answers for it. An id once
 * published never changes meaning: a renamed or merged organization or legal act keeps its old id as a
 * redirect (301 on the site, {@code replaced_by} in the API), and the old id is never given to anything else.
 */
public record ReplacedId(String oldId, IdKind kind, String newId, LocalDate date, ReplacementReason reason, List<String> sources)
        implements Sourced {

    public ReplacedId {
        sources = List.copyOf(sources);
    }

    /**
     * The id that answers today for {@code id} of {@code kind}, following replacements in turn (a body renamed
     * twice); null when {@code id} was never replaced, or when the chain loops (the validator refuses that).
     */
    public static String current(List<ReplacedId> all, IdKind kind, String id) {
        String at = id;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (seen.add(at)) {
            ReplacedId r = find(all, kind, at);
            if (r == null) return at.equals(id) ? null : at;
            at = r.newId();
        }
        return null;
    }

    /** The replacement of {@code oldId} of {@code kind}, or null. */
    public static ReplacedId find(List<ReplacedId> all, IdKind kind, String oldId) {
        for (ReplacedId r : all) if (r.kind() == kind && r.oldId().equals(oldId)) return r;
        return null;
    }
}
