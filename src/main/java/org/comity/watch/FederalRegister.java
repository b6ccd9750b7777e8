package org.comity.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.comity.domain.InstrumentKind;
import org.comity.query.BadInputException;

/**
 * Reads a document as the Federal Register API gives it ({@code /api/v1/documents/NNNN.json}): its number,
 * title, type, signing and publication days, addresses and executive order number. The API gives the full text
 * at {@code raw_text_url}, not in the JSON: it is read from the file beside the JSON with the same name and
 * {@code .txt} (as published), else from the JSON's {@code body} or {@code abstract} when a caller put it there.
 */
public final class FederalRegister {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CITED = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private FederalRegister() {}

    public static WatchDocument read(Path json) {
        JsonNode n;
        try {
            n = JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(json + ": not a Federal Register API document (" + firstLine(e.getMessage()) + ")");
        }
        if (n == null || !n.isObject() || !n.hasNonNull("title") || !n.hasNonNull("signing_date") && !n.hasNonNull("publication_date")) {
            throw new BadInputException(json + ": not a Federal Register API document (it needs 'title' and 'signing_date' or 'publication_date')");
        }
        String number = text(n, "document_number");
        String url = text(n, "html_url");
        if (number == null && url == null) throw new BadInputException(json + ": a Federal Register document needs 'document_number' or 'html_url'");
        Integer eo = n.hasNonNull("executive_order_number") ? Integer.valueOf(n.get("executive_order_number").asInt()) : null;
        LocalDate signed = day(json, n, "signing_date");
        LocalDate published = day(json, n, "publication_date");
        String subtype = text(n, "subtype");
        InstrumentKind kind = eo != null || "Executive Order".equalsIgnoreCase(subtype) ? InstrumentKind.EXECUTIVE_ORDER
                : subtype != null && subtype.toLowerCase(Locale.ROOT).contains("memorandum") ? InstrumentKind.MEMORANDUM
                : InstrumentKind.ANNOUNCEMENT;
        String text = fullText(json, n);
        String publisher = number != null ? "Federal Register" : url.contains("whitehouse.gov") ? "The White House" : "Federal Register";
        return new WatchDocument(number != null ? number : url, WatchDocument.FEDERAL_REGISTER, kind, null, text(n, "title"),
                url, text(n, "pdf_url"), citation(n, kind, eo, signed, published, number), eo, signed, published, publisher, text, null);
    }

    /** Our citation of the act: "EO 14155 of 20 Jan 2025, 90 FR 8361 (29 Jan 2025), FR Doc 2025-01957" (the record's style). */
    static String citation(JsonNode n, InstrumentKind kind, Integer eo, LocalDate signed, LocalDate published, String number) {
        StringBuilder b = new StringBuilder();
        b.append(eo != null ? "EO " + eo : kind == InstrumentKind.MEMORANDUM ? "Presidential memorandum" : "Presidential document");
        if (signed != null) b.append(" of ").append(CITED.format(signed));
        String fr = text(n, "citation");
        if (fr != null) b.append(", ").append(fr).append(published == null ? "" : " (" + CITED.format(published) + ")");
        if (number != null) b.append(", FR Doc ").append(number);
        return b.toString();
    }

    private static String fullText(Path json, JsonNode n) {
        String name = json.getFileName().toString();
        Path txt = json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".txt");
        if (Files.isRegularFile(txt)) {
            try {
                return Files.readString(txt, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInputException("cannot read " + txt + ": " + firstLine(e.getMessage()));
            }
        }
        String body = text(n, "body");
        if (body == null) body = text(n, "full_text");
        if (body == null) body = text(n, "abstract");
        if (body == null) throw new BadInputException(json + ": no full text (put it beside the JSON as " + txt.getFileName() + ")");
        return body;
    }

    private static LocalDate day(Path json, JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadInputException(json + ": '" + field + "' is '" + v + "', not a day (YYYY-MM-DD)");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static String firstLine(String m) {
        return m == null ? "" : m.lines().findFirst().orElse("");
    }
}
