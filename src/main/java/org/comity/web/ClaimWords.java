package org.comity.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.comity.domain.Dataset;
import org.comity.domain.Sentence;
import org.comity.web.view.Fact;
import org.comity.web.view.Words;

/**
 * The words of a claim's check on the page: ids as names, codes and parameters in words, and the computed
 * value in the page's language. A computed sentence comes as its code and values ({@link Sentence}), said here
 * from the words {@code claims.<code>}; a claimed value or a computed text has its words in
 * {@code claims.value.<text>}. A text without words is shown as it is, marked as English (ChineseWordsTest
 * notices when one appears).
 */
final class ClaimWords {

    private static final Pattern LATIN = Pattern.compile("[A-Za-z]{2,}");

    private final Words w;
    private final Map<String, String> names = new HashMap<>();

    ClaimWords(Words w, Dataset d) {
        this.w = w;
        d.organizations().forEach(o -> names.put(o.id(), w.pick(o.nameEn(), o.nameZh())));
        d.states().forEach(s -> names.put(s.iso3(), w.pick(s.nameEn(), s.nameZh())));
        d.instruments().forEach(i -> names.put(i.id(), w.pick(i.title(), i.titleZh())));
    }

    /** A computed sentence: its English on the English site, its words {@code claims.<code>} on the Chinese one. */
    Fact.Value said(Sentence said) {
        if (!w.zh()) return new Fact.Value(said.english(), null, null);
        Object[] values = said.values().stream().map(v -> v instanceof Sentence.Id id ? name(id.id())
                : v instanceof Sentence.Code c ? w.code(c.code()) : String.valueOf(v)).toArray();
        return new Fact.Value(w.f("claims." + said.code(), values), null, null);
    }

    /** A claimed or computed text (not a figure): on the Chinese site in Chinese where its words are known. */
    Fact.Value text(String raw) {
        if (raw == null || !w.zh()) return new Fact.Value(raw, null, null);
        String zh = chinese(raw.trim());
        return zh != null ? new Fact.Value(zh, null, null) : new Fact.Value(raw, null, LATIN.matcher(raw).find() ? "en" : null);
    }

    private String chinese(String s) {
        if (!w.t("claims.value." + s).startsWith("??")) return w.t("claims.value." + s);
        if (s.equals(org.comity.claims.ClaimResult.PARTIAL_PERIOD)) return w.t("claims.partial");
        if (s.contains(";") || names.containsKey(s)) { // organization ids, ';' between them (instrument-lists)
            List<String> out = new ArrayList<>();
            for (String id : s.split(";")) {
                if (!names.containsKey(id.trim())) return null;
                out.add(name(id.trim()));
            }
            return String.join("、", out);
        }
        String code = s.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'); // a kind: "executive order", "memorandum"
        String word = w.code(code);
        return word.equals(code) ? null : word;
    }

    /** An id (organization, state, act) as its name; the id itself when the dataset has none. */
    String name(String id) {
        return w.zh() ? names.getOrDefault(id, id) : id;
    }

    /** A parameter of the check ("org: who") in words: its name from the messages, ids as names, codes in words. */
    String param(String key, Object value) {
        String v = String.valueOf(value);
        if (!w.zh()) return key + ": " + v;
        String label = w.t("claims.param." + key);
        if (label.startsWith("??")) label = key;
        List<String> words = new ArrayList<>();
        if (key.equals("alternatives")) { // YEAR:DENOMINATOR, '|' between them
            for (String alt : v.split("\\|")) {
                String[] p = alt.split(":");
                words.add(p.length == 2 ? w.f("claims.alternative", p[0], word(p[1])) : alt);
            }
        } else {
            words.add(word(v));
        }
        return label + "：" + String.join("、", words);
    }

    /** An id as its name, a code of a parameter ("government", "assessed", "un") in words; else as it is. */
    private String word(String v) {
        if (names.containsKey(v)) return name(v);
        String t = w.t("claims.value." + v);
        return t.startsWith("??") ? v : t;
    }
}
