package org.comity.watch;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comity.domain.InstrumentKind;
import org.comity.query.BadInputException;

/**
 * Reads the text of a UN depositary notification ("C.N.63.2025.TREATIES-XXVII.7.d (Depositary Notification)"),
 * laid out as the Treaty Section issues them: the reference, the treaty's title and place and day of adoption
 * in capitals, "STATE: ACT", then the Secretary-General's communication with the day the notification was
 * received and, for a withdrawal, the day it takes effect.
 */
public final class DepositaryNotification {

    static final Pattern REFERENCE = Pattern.compile("C\\.N\\.\\d+\\.\\d{4}\\.TREATIES-[A-Z]+\\.\\d+(?:\\.[a-z0-9]+)*");
    private static final Pattern STATE_ACT = Pattern.compile("(?m)^\\s*([A-Z][A-Z .,'()\\-]+?)\\s*:\\s*([A-Z][A-Z ,'\\-]+?)\\s*$");
    private static final String DAY = "(\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4})";
    private static final Pattern RECEIVED = Pattern.compile("On " + DAY + ",[^.]*?notified the Secretary-General[^.]*\\.");
    private static final Pattern EFFECT = Pattern.compile("[^.]*?take effect[^.]*? on " + DAY + "[^.]*\\.");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** The treaty's title: the capitals after the reference up to the line of its place and day ("PARIS, 12 DECEMBER 2015"). */
    private static final Pattern TITLE = Pattern.compile("\\(Depositary Notification\\)\\s*\\n+((?:[A-Z][A-Z0-9 ,.'()\\-]*\\n)+?)\\s*[A-Z][A-Za-z .\\-]*, \\d{1,2} [A-Z]+ \\d{4}\\s*\\n");

    private DepositaryNotification() {}

    public static boolean looksLikeOne(String text) {
        return text.contains("(Depositary Notification)") && REFERENCE.matcher(text).find();
    }

    public static WatchDocument read(String text, String origin, String url) {
        String t = text.replace("\r\n", "\n");
        Matcher ref = REFERENCE.matcher(t);
        if (!t.contains("(Depositary Notification)") || !ref.find()) {
            throw new BadInputException(origin + ": not a depositary notification (no 'C.N.nnn.yyyy.TREATIES-...' reference)");
        }
        Matcher title = TITLE.matcher(t);
        if (!title.find()) throw new BadInputException(origin + ": no treaty title after the reference " + ref.group());
        String treaty = title.group(1).replaceAll("\\s+", " ").trim();
        Matcher sa = STATE_ACT.matcher(t.substring(title.end()));
        if (!sa.find()) throw new BadInputException(origin + ": no 'STATE: ACT' line (e.g. 'HUNGARY: WITHDRAWAL')");
        String state = sa.group(1).trim();
        String act = sa.group(2).trim();
        Matcher rec = RECEIVED.matcher(t);
        boolean hasReceived = rec.find();
        LocalDate received = hasReceived ? day(rec.group(1), origin) : null;
        Matcher eff = EFFECT.matcher(t);
        boolean hasEffect = eff.find();
        LocalDate effective = hasEffect ? day(eff.group(1), origin) : null;
        String treatyTitle = titleCase(treaty);
        return new WatchDocument(ref.group(), WatchDocument.DEPOSITARY, InstrumentKind.NOTIFICATION, titleCase(state),
                treatyTitle + ": " + titleCase(state) + ": " + act.toLowerCase(Locale.ROOT), url, null,
                "Depositary notification " + ref.group(), null, received, received, "United Nations, Secretary-General as depositary",
                t, new WatchDocument.Notification(treatyTitle, titleCase(state), act, received, effective,
                        hasReceived ? oneLine(rec.group()) : null, hasEffect ? oneLine(eff.group()) : null));
    }

    /** The UN Treaty Collection's address of a notification's English text: CN.63.2025 → …/CN/2025/CN.63.2025-Eng.pdf. */
    public static String address(String reference) {
        String[] p = reference.split("\\.");
        return "https://treaties.un.org/doc/Publication/CN/" + p[3] + "/CN." + p[2] + "." + p[3] + "-Eng.pdf";
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static LocalDate day(String written, String origin) {
        try {
            return LocalDate.parse(written, WRITTEN);
        } catch (DateTimeParseException e) {
            throw new BadInputException(origin + ": '" + written + "' is not a day");
        }
    }

    /** "PARIS AGREEMENT" → "Paris Agreement", "ROME STATUTE OF THE INTERNATIONAL CRIMINAL COURT" → "… of the …". */
    static String titleCase(String caps) {
        StringBuilder b = new StringBuilder();
        String[] words = caps.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) b.append(' ');
            boolean small = i > 0 && (w.equals("of") || w.equals("the") || w.equals("and") || w.equals("on") || w.equals("for")
                    || w.equals("in") || w.equals("to") || w.equals("against"));
            b.append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }
}
