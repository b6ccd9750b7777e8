package org.comity.linking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comity.domain.Alias;
import org.comity.domain.Organization;
import org.comity.names.NormalText;
import org.comity.snapshot.Snapshot;

/**
 * Words that point to one reading of a shared acronym: the words of each candidate's own names that the
 * other candidates' names lack (ISA: "solar"/太阳 against "seabed"/海底), its headquarters, and a few
 * curated words for the acronyms known to be shared. Used only between the candidates of one mention.
 */
final class ContextCues {

    /** Words too common in organization names to tell two of them apart. */
    private static final Set<String> GENERIC = Set.of("international", "organization", "organisation", "united",
            "nations", "office", "the", "and", "for", "with", "国际", "组织", "联合", "合国", "管理", "委员", "员会", "机构");

    /** Curated cues for acronyms shared by organizations of the dataset or of the wider world. */
    private static final Map<String, List<String>> CURATED = Map.of(
            "isa-solar", List.of("solar", "photovoltaic", "sunshine", "太阳能", "光伏", "india", "印度"),
            "isa-seabed", List.of("seabed", "sea bed", "deep sea", "seafloor", "nodules", "mining code", "海底", "深海",
                    "采矿", "海管局", "多金属结核", "jamaica", "牙买加"),
            "ilc", List.of("law", "legal", "codification", "jurists", "国际法", "法律", "编纂"),
            "ilo", List.of("labour", "labor", "workers", "employment", "tripartite", "劳工", "就业", "工人"),
            "itc", List.of("trade", "export", "exporters", "贸易", "出口"),
            "igf-mining", List.of("mining", "minerals", "metals", "矿业", "矿产", "金属"));

    private ContextCues() {}

    /** The cues of {@code org} against the {@code others} it shares a name with, in normal form. */
    static List<String> of(Snapshot s, String org, List<String> others) {
        Set<String> own = words(s, org);
        for (String other : others) if (!other.equals(org)) own.removeAll(words(s, other));
        own.removeAll(GENERIC);
        for (String c : CURATED.getOrDefault(org, List.of())) own.add(NormalText.of(c).key());
        return new ArrayList<>(own);
    }

    /** Latin words of four letters or more and Chinese character pairs of every name, plus the seat. */
    private static Set<String> words(Snapshot s, String org) {
        Organization o = s.org(org);
        Set<String> out = new LinkedHashSet<>();
        if (o == null) return out;
        List<String> names = new ArrayList<>(List.of(nz(o.nameEn()), nz(o.nameZh()), nz(o.headquarters())));
        for (Alias a : s.aliases(org)) names.add(a.alias());
        for (String name : names) {
            String key = NormalText.of(name).key();
            for (String w : key.split("[^\\p{IsLatin}\\p{Nd}]+")) if (w.length() >= 4) out.add(w);
            for (int i = 0; i + 1 < key.length(); i++) {
                if (isHan(key.charAt(i)) && isHan(key.charAt(i + 1))) out.add(key.substring(i, i + 2));
            }
        }
        return out;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
