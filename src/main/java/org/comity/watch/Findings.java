package org.comity.watch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comity.domain.ActionType;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.linking.Linker;
import org.comity.linking.Linking;
import org.comity.linking.Mention;
import org.comity.query.Lookup;
import org.comity.snapshot.Snapshot;

/**
 * The acts a document states, found with the linker `comity link` uses. A presidential document acts in its
 * numbered sections: the purpose and the general provisions explain and are not read; a section whose heading
 * says "withdraw" withdraws from every body it lists; elsewhere a body is acted on when it follows, in the same
 * clause, the words of an act ("intends to withdraw from", "will not participate in", "shall not use any funds
 * for … to", "a review of its membership in") — a body named before them (the addressee of a notification) is not.
 * A list item that names a body and its parent ("ECOSOC — Economic Commission for Africa") acts on the body.
 */
public final class Findings {

    private static final Pattern SECTION = Pattern.compile("(?m)^\\s*(?:Section|Sec\\.)\\s+(\\d+)\\.\\s+([^.\\n]*)\\.");
    /** The Federal Register is the United States' gazette: its presidential documents are the US's acts. */
    static final String FEDERAL_REGISTER_ACTOR = "USA";
    /** An item of a numbered list: "(xii) Inter-American Institute for Global Change Research;". */
    private static final Pattern LIST_ITEM = Pattern.compile("\\((?:[ivxlc]+|[a-z])\\)\\s+\\S");
    private static final Pattern SKIPPED = Pattern.compile("(?i)purpose|general provisions|definitions");
    /** The words of each act, in the order ties are settled: a withdrawal says more than a cut in funds. */
    private static final Map<ActionType, Pattern> CUES = new LinkedHashMap<>();

    static {
        CUES.put(ActionType.WITHDRAW, Pattern.compile("(?i)\\b(?:intends? to withdraw|shall withdraw|will withdraw|"
                + "withdraw(?:s|ing)? (?:the United States )?from|withdrawal of the United States from)\\b"));
        CUES.put(ActionType.RETRACT, Pattern.compile("(?i)\\b(?:retracts? (?:its|the) notification of withdrawal from|rescinds? (?:its|the) withdrawal from)\\b"));
        CUES.put(ActionType.REJOIN, Pattern.compile("(?i)\\b(?:rejoins?|re-join|resumes? (?:its )?membership in)\\b"));
        CUES.put(ActionType.CEASE_PARTICIPATION, Pattern.compile("(?i)\\b(?:will not participate in|shall not participate in|"
                + "ceas(?:e|ing) participation in|will not seek election to)\\b"));
        CUES.put(ActionType.CEASE_FUNDING, Pattern.compile("(?i)\\b(?:shall not use any funds|will not fund|shall not fund|"
                + "cease funding|ending funding to|(?:pause|suspend|halt) the future transfer of any)\\b"));
        CUES.put(ActionType.REVIEW, Pattern.compile("(?i)\\breview of (?:its|the United States'?|United States) membership in\\b"));
    }

    private Findings() {}

    /** The acts a document states, one per organization (the strongest where it states several), in the document's order. */
    public static List<WatchFinding> of(Snapshot s, WatchDocument d) {
        return d.notification() != null ? ofNotification(s, d) : ofPresidential(s, d, new ArrayList<>());
    }

    /**
     * The items of a withdrawal list, and the treaty of a notification, that name no organization of the record: a
     * body we do not hold yet (or a name the linker leaves ambiguous), for a curator to settle — never dropped unsaid.
     */
    public static List<String> unresolved(Snapshot s, WatchDocument d) {
        List<String> out = new ArrayList<>();
        if (d.notification() != null) {
            if (Linking.linkerFor(s).link(d.notification().treaty()).stream().noneMatch(x -> x.org() != null)) out.add(d.notification().treaty());
        } else {
            ofPresidential(s, d, out);
        }
        return out;
    }

    private static List<WatchFinding> ofPresidential(Snapshot s, WatchDocument d, List<String> unresolved) {
        Linker linker = Linking.linkerFor(s);
        Map<String, WatchFinding> byOrg = new LinkedHashMap<>();
        String text = d.text().replace("\r\n", "\n");
        Matcher m = SECTION.matcher(text);
        List<int[]> sections = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        while (m.find()) {
            sections.add(new int[] {m.start(), 0});
            headings.add(m.group(2).trim());
        }
        for (int i = 0; i < sections.size(); i++) sections.get(i)[1] = i + 1 < sections.size() ? sections.get(i + 1)[0] : text.length();
        for (int i = 0; i < sections.size(); i++) {
            String heading = headings.get(i);
            if (SKIPPED.matcher(heading).find()) continue;
            String body = text.substring(sections.get(i)[0], sections.get(i)[1]);
            boolean withdraws = heading.toLowerCase(Locale.ROOT).contains("withdraw");
            List<Mention> mentions = linker.link(body);
            for (int[] clause : clauses(body)) {
                List<Mention> in = mentions.stream().filter(x -> x.org() != null && x.start() >= clause[0] && x.end() <= clause[1]).toList();
                in = withoutParents(s, in);
                String excerpt = body.substring(clause[0], clause[1]).replaceAll("\\s+", " ").trim();
                // "(b) United Nations (UN) Organizations:" heads a list; it is not one of its items.
                if (withdraws && excerpt.endsWith(":")) continue;
                if (withdraws && in.isEmpty() && LIST_ITEM.matcher(excerpt).lookingAt()) unresolved.add(excerpt);
                for (Mention x : in) {
                    ActionType a = withdraws ? ActionType.WITHDRAW : actBefore(body, clause[0], x.start());
                    if (a == null) continue;
                    add(byOrg, new WatchFinding(d.id(), WatchFinding.kindOf(a, null), FEDERAL_REGISTER_ACTOR, x.org(), a,
                            d.signed() != null ? d.signed() : d.published(), null, null,
                            d.url(), d.title(), excerpt, null, null));
                }
            }
        }
        return List.copyOf(byOrg.values());
    }

    /** The act whose words come last before {@code at} within its clause, or null. */
    private static ActionType actBefore(String body, int from, int at) {
        ActionType best = null;
        int bestAt = -1;
        for (Map.Entry<ActionType, Pattern> e : CUES.entrySet()) {
            Matcher m = e.getValue().matcher(body).region(from, at);
            while (m.find()) {
                if (m.start() > bestAt) {
                    bestAt = m.start();
                    best = e.getKey();
                }
            }
        }
        return best;
    }

    /** Clauses: split at ';', at the end of a sentence and at blank lines (list items stand one a paragraph). */
    static List<int[]> clauses(String body) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Pattern.compile(";|\\.(?=\\s)|\\n\\s*\\n").matcher(body);
        int start = 0;
        while (m.find()) {
            if (m.end() > start) out.add(new int[] {start, m.end()});
            start = m.end();
        }
        if (start < body.length()) out.add(new int[] {start, body.length()});
        return out;
    }

    /** A clause naming a body and its parent (or the parent's parent) acts on the body. */
    private static List<Mention> withoutParents(Snapshot s, List<Mention> in) {
        if (in.size() < 2) return in;
        List<Mention> out = new ArrayList<>();
        for (Mention x : in) {
            boolean parentOfAnother = in.stream().anyMatch(y -> y != x && isAncestor(s, x.org(), y.org()));
            if (!parentOfAnother) out.add(x);
        }
        return out;
    }

    private static boolean isAncestor(Snapshot s, String ancestor, String org) {
        Organization o = s.org(org);
        for (int depth = 0; o != null && o.parent() != null && depth < 8; depth++) {
            if (o.parent().equals(ancestor)) return true;
            o = s.org(o.parent());
        }
        return false;
    }

    /** One finding per organization: the strongest act (the order of {@link #CUES}) wins, the first words stay. */
    private static void add(Map<String, WatchFinding> byOrg, WatchFinding f) {
        WatchFinding had = byOrg.get(f.org());
        if (had == null || rank(f.action()) < rank(had.action())) byOrg.put(f.org(), f);
    }

    private static int rank(ActionType a) {
        int i = 0;
        for (ActionType t : CUES.keySet()) {
            if (t == a) return i;
            i++;
        }
        return i;
    }

    private static List<WatchFinding> ofNotification(Snapshot s, WatchDocument d) {
        WatchDocument.Notification n = d.notification();
        State state = Lookup.state(s, n.state());
        List<Mention> named = Linking.linkerFor(s).link(n.treaty()).stream().filter(x -> x.org() != null).toList();
        if (named.isEmpty()) return List.of();
        String org = named.get(0).org();
        String act = n.act().toUpperCase(Locale.ROOT);
        ActionType a;
        if (act.contains("WITHDRAWAL OF") || act.contains("RESCISSION") || act.contains("REVOCATION")) a = ActionType.RETRACT;
        else if (act.contains("WITHDRAWAL")) a = ActionType.WITHDRAW;
        else if (act.matches(".*(ACCESSION|ACCEPTANCE|RATIFICATION|APPROVAL).*")
                && s.actions(state.iso3(), org).stream().anyMatch(x -> x.type() == ActionType.WITHDRAW)) a = ActionType.REJOIN;
        else return List.of(); // a first consent, a reservation, a correction: no exit or return to record
        String excerpt = String.join(" ", java.util.stream.Stream.of(n.receivedSentence(), n.effectSentence())
                .filter(java.util.Objects::nonNull).toList());
        return List.of(new WatchFinding(d.id(), WatchFinding.kindOf(a, n.received()), state.iso3(), org, a, null, n.received(),
                n.effective(), d.url(), d.title(), excerpt, null, null));
    }
}
