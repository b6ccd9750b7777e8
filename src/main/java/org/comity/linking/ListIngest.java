package org.comity.linking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.domain.rules.Status;
import org.comity.query.Answers;
import org.comity.query.StatusResult;
import org.comity.snapshot.Snapshot;

/**
 * The "ingest a list" mode: an official list of bodies (one a line, numbered or bulleted) becomes the
 * proposed rows of a new instrument's actions file, one a line; a line that does not name exactly one
 * organization is proposed as {@code unresolved}, with its candidates, for a curator to settle.
 */
public final class ListIngest {

    /** "12.", "12)", "(12)", "12、", "a.", "iv)", "一、", "- ", "• " at the start of a line. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:[(（]\\s*(?:\\d+|[a-zA-Z]|[ivxIVX]+|[一二三四五六七八九十百]+)\\s*[)）]"
                    + "|(?:\\d+|[a-zA-Z]|[ivxIVX]+)[.)．）](?=\\s)"
                    + "|\\d+[.)．、）]"
                    + "|[一二三四五六七八九十百]+[、.．]"
                    + "|[-•*·●▪–—]\\s)\\s*");
    private static final Pattern TRAILING = Pattern.compile("[\\s;；,，.。]+$");

    /** Share of a line's letters (outside brackets) a linked name must cover to stand for the line. */
    private static final double COVERAGE = 0.75;

    private ListIngest() {}

    public static List<Map<String, Object>> propose(Answers answers, String text, State state, LocalDate on) {
        Snapshot s = answers.snapshot();
        Linker linker = Linking.linkerFor(s);
        Linking.Statuses statuses = new Linking.Statuses(answers, state, on);
        List<Map<String, Object>> rows = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        int seq = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String name = clean(line);
            if (name.isEmpty()) continue;
            seq++;
            Resolution r = resolve(linker, name);
            rows.add(row(s, seq, i + 1, line, name, r, statuses));
        }
        return rows;
    }

    static String clean(String line) {
        String s = line.strip();
        s = NUMBERING.matcher(s).replaceFirst("");
        s = TRAILING.matcher(s).replaceFirst("");
        return s.strip();
    }

    /** How a line was settled: exact (the whole line is a name), linked, ambiguous or unresolved. */
    record Resolution(String org, String how, List<String> candidates) {}

    static Resolution resolve(Linker linker, String name) {
        Set<String> exact = linker.dictionary().orgsNamed(name);
        if (exact.size() == 1) return new Resolution(exact.iterator().next(), "exact", List.copyOf(exact));
        if (exact.size() > 1) return new Resolution(null, "ambiguous", List.copyOf(exact));
        List<Mention> mentions = linker.link(name);
        Set<String> orgs = new LinkedHashSet<>();
        boolean ambiguous = false;
        int covered = 0;
        for (Mention m : mentions) {
            if (m.ambiguous()) orgs.addAll(m.candidates());
            else orgs.add(m.org());
            ambiguous |= m.ambiguous();
            covered += letters(name, m.start(), m.end());
        }
        int total = lettersOutsideBrackets(name);
        boolean coversLine = total > 0 && covered >= COVERAGE * total;
        if (orgs.size() == 1 && !ambiguous && coversLine) return new Resolution(orgs.iterator().next(), "linked", List.copyOf(orgs));
        if (ambiguous && orgs.size() > 1 && coversLine) return new Resolution(null, "ambiguous", List.copyOf(orgs));
        return new Resolution(null, "unresolved", List.copyOf(orgs));
    }

    private static int letters(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (Character.isLetterOrDigit(s.charAt(i))) n++;
        return n;
    }

    private static int lettersOutsideBrackets(String s) {
        int n = 0;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') depth++;
            else if ((c == ')' || c == '）') && depth > 0) depth--;
            else if (depth == 0 && Character.isLetterOrDigit(c)) n++;
        }
        return n;
    }

    private static Map<String, Object> row(Snapshot s, int seq, int line, String text, String name, Resolution r,
            Linking.Statuses statuses) {
        Organization o = r.org() == null ? null : s.org(r.org());
        StatusResult st = o == null ? null : statuses.of(o);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq);
        m.put("line", line);
        m.put("text", text.strip());
        m.put("org", o == null ? "unresolved" : o.id());
        m.put("canonical", o == null ? null : o.nameEn());
        m.put("action", o == null ? null : (o.hasMembership() ? "withdraw" : "cease-participation"));
        m.put("status", st == null ? null : st.answer().status().code());
        m.put("resolution", r.how());
        m.put("candidates", r.candidates());
        m.put("note", note(o, st, r));
        return m;
    }

    private static String note(Organization o, StatusResult st, Resolution r) {
        if (o == null) {
            if (r.candidates().isEmpty()) return "no organization of the dataset is named here: add it, or an alias";
            return "names " + String.join(" or ", r.candidates()) + ": a curator must choose";
        }
        Status now = st.answer().status();
        if (now == Status.WITHDRAWN || now == Status.CEASED) return "already " + now.code();
        if (now == Status.WITHDRAWING || now == Status.ANNOUNCED) return "an exit is already under way (" + now.code() + ")";
        if (now == Status.NOT_MEMBER) return "the state is not a member";
        return null;
    }
}
