package org.comity.watch;

import java.time.LocalDate;
import org.comity.domain.InstrumentKind;

/**
 * One official document as its publisher issued it, read into the few facts a finding needs. {@code id} is the
 * publisher's own number (the Federal Register document number, the C.N. reference), or the document's address
 * when it has none yet; {@code actorName} is the acting state as the document names it (null: the United States,
 * for a Federal Register presidential document). {@code notification} holds what a depositary notification states.
 */
public record WatchDocument(String id, String format, InstrumentKind kind, String actorName, String title, String url,
                            String pdfUrl, String citation, Integer executiveOrder, LocalDate signed, LocalDate published,
                            String publisher, String text, Notification notification) {

    public static final String FEDERAL_REGISTER = "federal-register";
    public static final String DEPOSITARY = "depositary-notification";

    /** What a depositary notification says: the treaty, the state, the act ("WITHDRAWAL"), received and effective days. */
    public record Notification(String treaty, String state, String act, LocalDate received, LocalDate effective,
                               String receivedSentence, String effectSentence) {}
}
