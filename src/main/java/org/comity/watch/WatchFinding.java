package org.comity.watch;

import java.time.LocalDate;
import org.comity.domain.ActionType;

/**
 * One act an official document states: a state withdrawing from, giving notice to, ceasing to fund or take part
 * in, reviewing, or returning to one organization, with the days the document states, where it was published and
 * the words that carry it. {@code recordedIn} is the legal act of our record that already holds it (then
 * {@code recordedAs} is the action recorded there, which a curator may have judged otherwise), or null: new.
 */
public record WatchFinding(String document, String kind, String state, String org, ActionType action, LocalDate announced,
                           LocalDate notice, LocalDate effective, String url, String title, String excerpt,
                           String recordedIn, ActionType recordedAs) {

    public boolean recorded() {
        return recordedIn != null;
    }

    /** "new", or "already recorded" (in which act, and as what when a curator recorded it otherwise). */
    public String status() {
        if (recordedIn == null) return "new";
        return "already recorded in " + recordedIn + (recordedAs != null && recordedAs != action ? " as " + recordedAs.code() : "");
    }

    WatchFinding recordedIn(String instrument, ActionType as) {
        return new WatchFinding(document, kind, state, org, action, announced, notice, effective, url, title, excerpt, instrument, as);
    }

    /** announcement (a decision made public), notice (received by the depositary or the body), return, retraction. */
    static String kindOf(ActionType a, LocalDate notice) {
        if (a == ActionType.REJOIN) return "return";
        if (a == ActionType.RETRACT) return "retraction";
        return notice != null ? "notice" : "announcement";
    }
}
