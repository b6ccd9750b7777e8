package org.comity.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one normal form of a name, shared by everything that compares names: look-up ({@code comity org},
 * {@code --org}, {@code --state}), search, the mapping of importers' names to ids, and the linker's
 * dictionary. A name is its {@link #key}: every char folded by {@link Fold} (full width to half width,
 * traditional to simplified Chinese, case, dashes to spaces, quotation marks and 《》 dropped), runs of
 * spaces made one, and a few words written one way ({@link #REWRITES}: "United Nations" is "UN",
 * "Programme" is "Program"). A curated name is also found in the other ways it is commonly written
 * ({@link #writtenForms}): both the look-up index and the linker's dictionary hold every one of them,
 * so what the linker finds in a text, look-up finds too.
 */
public final class Names {

    /** A word-level rewrite of the normal form: {@code written} (lower case, in a text) becomes {@code normal}. */
    public record Rewrite(String written, String normal) {}

    /** The rewrites the normal form applies at word boundaries, in the order it tries them. */
    public static final List<Rewrite> REWRITES = Arrays.stream(NormalText.REWRITES)
            .map(r -> new Rewrite(r[0], r[1].toLowerCase(Locale.ROOT))).toList();

    private Names() {}

    /** The normal form of a name (lower case, trimmed): two names are the same name when their keys are equal. */
    public static String key(String name) {
        return NormalText.of(name).key();
    }

    /**
     * The ways a curated name is written, itself first, each distinct: with a hyphen between lower-case
     * letters taken out ("Co-operation", "Cooperation"), with its acronyms of two to five capitals dotted
     * ("UN", "U.N."), Taiwan's 计画 for 计划, and a pronounceable acronym of four letters or more in title
     * case as British papers write it ("Unesco", "Nato"; not "Idea", "Irena", which are words or names).
     */
    public static List<String> writtenForms(String form) {
        Set<String> out = new LinkedHashSet<>();
        out.add(form);
        // Not in acronyms: NATO-PA is not NATOPA.
        out.add(LOWER_HYPHEN.matcher(form).replaceAll(""));
        out.add(DOTTABLE.matcher(form).replaceAll(m -> m.group().replaceAll("(.)", "$1.")));
        String simplified = ChineseScript.toSimplified(form);
        if (simplified.contains("计划")) out.add(simplified.replace("计划", "计画"));
        if (WORD_LIKE_ACRONYM.matcher(form).matches() && !NOT_AS_WORD.contains(form)) {
            out.add(form.charAt(0) + form.substring(1).toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(out);
    }

    private static final Pattern LOWER_HYPHEN = Pattern.compile("(?<=\\p{Ll})[-‐‑](?=\\p{Ll})");
    private static final Pattern DOTTABLE = Pattern.compile("\\b[A-Z]{2,5}\\b(?!\\.)");
    private static final Pattern WORD_LIKE_ACRONYM = Pattern.compile("[A-Z]{4,}");
    /** Acronyms whose title-case form is an ordinary word or a given name ("Idea", "Irena"). */
    private static final Set<String> NOT_AS_WORD = Set.of("IDEA", "IRENA");
}
