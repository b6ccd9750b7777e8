package org.comity.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.comity.domain.Action;
import org.comity.domain.Instrument;
import org.comity.domain.PartialDate;
import org.comity.snapshot.Snapshot;

/**
 * Whether the record already holds what a document states. The document is our legal act when the act cites its
 * number ("FR Doc 2025-01957", "EO 14155", the C.N. reference) or its address, or is the same state's act of the
 * same kind on the same day (for an act without a number: several orders are signed on one day); a finding is recorded when that act names the organization, or when another act of
 * the state on the organization has the same action on the same day (a notice recorded with the order that
 * announced it: the Paris notice of 27 January 2025 is in EO 14162's row).
 */
public final class Recorded {

    private Recorded() {}

    /** The act of the record that is this document, or null. */
    public static Instrument instrumentOf(Snapshot s, WatchDocument d, String actor) {
        // Strongest evidence first: an act citing the document's own number is it, whatever else cites the order.
        for (int pass = 0; pass < 4; pass++) {
            for (Instrument i : s.dataset().instruments()) {
                if (i.actor().equals(actor) && matches(pass, i, d)) return i;
            }
        }
        return null;
    }

    private static boolean matches(int pass, Instrument i, WatchDocument d) {
        String cite = i.citation() == null ? "" : i.citation();
        LocalDate day = d.signed() != null ? d.signed() : d.published();
        return switch (pass) {
            case 0 -> d.id() != null && (cites(cite, "FR Doc " + d.id()) || d.format().equals(WatchDocument.DEPOSITARY) && cites(cite, d.id()));
            case 1 -> d.executiveOrder() != null && i.kind() == d.kind() && cites(cite, "EO " + d.executiveOrder())
                    && i.date() != null && day != null && i.date().equals(PartialDate.day(day));
            case 2 -> d.url() != null && i.sources().contains(d.url());
            // Same kind, same day: only for acts without a number of their own (several orders are signed a day).
            default -> d.executiveOrder() == null && i.kind() == d.kind() && day != null && i.date() != null
                    && i.date().equals(PartialDate.day(day));
        };
    }

    private static boolean cites(String citation, String number) {
        return Pattern.compile("(?<![\\w.-])" + Pattern.quote(number) + "(?![\\w-])").matcher(citation).find();
    }

    /** The findings, each marked with the act that already records it, if any. */
    public static List<WatchFinding> check(Snapshot s, WatchDocument d, List<WatchFinding> findings) {
        List<WatchFinding> out = new ArrayList<>(findings.size());
        for (WatchFinding f : findings) {
            Instrument own = instrumentOf(s, d, f.state());
            Action hit = null;
            if (own != null) hit = s.actionsOf(own.id()).stream().filter(a -> a.org().equals(f.org())).findFirst().orElse(null);
            if (hit == null) {
                hit = s.actions(f.state(), f.org()).stream().filter(a -> a.type() == f.action()
                        && (same(a.notice(), f.notice()) || same(a.announced(), f.announced()))).findFirst().orElse(null);
            }
            out.add(hit == null ? f : f.recordedIn(hit.instrument(), hit.type()));
        }
        return out;
    }

    private static boolean same(PartialDate recorded, LocalDate stated) {
        return recorded != null && stated != null && recorded.equals(PartialDate.day(stated));
    }
}
