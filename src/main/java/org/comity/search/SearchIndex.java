package org.comity.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.comity.cow.CowIgo;
import org.comity.domain.Alias;
import org.comity.domain.Instrument;
import org.comity.domain.Organization;
import org.comity.domain.State;
import org.comity.names.Names;
import org.comity.search.SearchHit.Match;
import org.comity.search.SearchHit.Type;
import org.comity.snapshot.Snapshot;

/**
 * A ranked search over one snapshot: organizations by every name, acronym and alias in both languages,
 * states by name and code, legal acts by title. One Lucene document per way a name is written
 * ({@link Names#writtenForms}, in {@link Names#key} form), so a short name is not drowned by the long
 * ones of the same body, and a hit is the best of its names.
 *
 * <p>A query is asked in tiers, and a hit keeps the best tier any of its names reached: the whole name
 * or code ({@code "UN"}), the beginning of one ({@code "Unes"}), all its words (the last may be
 * unfinished: {@code "climate change convention"}), then any of its words with typos forgiven
 * ({@code "Unesko"}, {@code "World Helth"}) and Chinese variants matched by their shared pairs of
 * characters ({@code "巴黎协议"}). Within a tier Lucene's BM25 score ranks (a prefix: the nearest
 * completion first). When nothing matches, the names sharing most runs of characters are suggestions.
 *
 * <p>Built once per snapshot (a snapshot is immutable, one version one content) and kept while it is.
 */
public final class SearchIndex {

    /** The most hits an answer lists. */
    public static final int MAX_HITS = 200;
    private static final int SUGGESTIONS = 5;
    /** The names a tier reads per hit wanted: an entity is found by several of its names. */
    private static final int NAMES_PER_HIT = 4;

    private static final String ID = "id", KEY = "key", WORDS = "words", GRAMS = "grams";

    private static final Map<Snapshot, SearchIndex> BUILT = new WeakHashMap<>();

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    /** What each document stands for, by document number: reading it from Lucene's stored fields costs a decompression per hit. */
    private final List<Entry> entries;

    private record Entry(Type type, String id, String key, String name) {}

    /** Documents are numbered in the order they were added (one segment, merged in order); built here and read back to check it. */
    private static final class Writer {
        final IndexWriter w;
        final List<Entry> entries = new ArrayList<>();

        Writer(IndexWriter w) {
            this.w = w;
        }
    }

    /** The answer to one query: hits best first, and suggestions when there are none. */
    public record Result(List<SearchHit> hits, List<SearchHit> suggestions) {}

    private SearchIndex(IndexSearcher searcher, Analyzer analyzer, List<Entry> entries) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.entries = List.copyOf(entries);
    }

    /** The index of a snapshot, built on first use. */
    public static SearchIndex of(Snapshot s) {
        synchronized (BUILT) {
            return BUILT.computeIfAbsent(s, SearchIndex::build);
        }
    }

    static SearchIndex build(Snapshot s) {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(SearchAnalyzers.words(), Map.of(GRAMS, SearchAnalyzers.grams()));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        List<Entry> entries;
        try (IndexWriter iw = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setMergePolicy(new org.apache.lucene.index.LogByteSizeMergePolicy()))) {
            Writer w = new Writer(iw);
            for (Organization o : s.organizations()) {
                code(w, Type.ORGANIZATION, o.id(), o.id());
                for (String n : new String[] {o.nameEn(), o.nameZh(), o.acronym()}) names(w, Type.ORGANIZATION, o.id(), n);
                for (Alias a : s.aliases(o.id())) names(w, Type.ORGANIZATION, o.id(), a.alias());
            }
            // Bodies known only from the COW history answer to their id, name and acronym, after the curated ones.
            for (CowIgo i : s.cow().igos()) {
                if (i.org() != null || s.org(i.comityId()) == null) continue;
                Organization o = s.org(i.comityId());
                code(w, Type.ORGANIZATION, o.id(), o.id());
                names(w, Type.ORGANIZATION, o.id(), o.nameEn());
                names(w, Type.ORGANIZATION, o.id(), o.acronym());
            }
            for (State st : s.dataset().states()) {
                code(w, Type.STATE, st.iso3(), st.iso3());
                names(w, Type.STATE, st.iso3(), st.nameEn());
                names(w, Type.STATE, st.iso3(), st.nameZh());
                for (String initials : StateInitials.of(st.nameEn())) code(w, Type.STATE, st.iso3(), initials);
            }
            for (Instrument i : s.dataset().instruments()) {
                code(w, Type.INSTRUMENT, i.id(), i.id());
                names(w, Type.INSTRUMENT, i.id(), i.title());
                names(w, Type.INSTRUMENT, i.id(), i.titleZh());
            }
            iw.forceMerge(1);
            entries = w.entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(dir);
            int last = reader.maxDoc() - 1;
            if (reader.maxDoc() != entries.size() || (last >= 0 && !reader.storedFields().document(last).get(ID).equals(entries.get(last).id()))) {
                throw new IllegalStateException("search index: documents out of order");
            }
            return new SearchIndex(new IndexSearcher(reader), analyzer, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name under each way it is written. */
    private static void names(Writer w, Type type, String id, String name) throws IOException {
        if (name == null || name.isBlank()) return;
        for (String form : Names.writtenForms(name)) add(w, type, id, form);
    }

    /** An id or code as it is typed. */
    private static void code(Writer w, Type type, String id, String code) throws IOException {
        add(w, type, id, code);
    }

    private static void add(Writer w, Type type, String id, String form) throws IOException {
        String key = Names.key(form);
        if (key.isEmpty()) return;
        Document d = new Document();
        d.add(new StoredField(ID, id));
        d.add(new StringField(KEY, key, Field.Store.NO));
        d.add(new TextField(WORDS, key, Field.Store.NO));
        d.add(new TextField(GRAMS, key, Field.Store.NO));
        w.w.addDocument(d);
        w.entries.add(new Entry(type, id, key, form));
    }

    /** The hits for a query, best first (at most {@code limit}); suggestions when there are none. */
    public Result search(String query, int limit) {
        String key = Names.key(query == null ? "" : query);
        if (key.isEmpty()) return new Result(List.of(), List.of());
        try {
            Map<String, SearchHit> best = new LinkedHashMap<>();
            int wanted = Math.max(1, Math.min(limit, MAX_HITS));
            // A lower tier never outranks a higher one: once the higher tiers fill the answer, the rest is not asked.
            List<Token> tokens = tokens(key);
            collect(best, Match.EXACT, new TermQuery(new Term(KEY, key)), key, wanted);
            if (best.size() < wanted) collect(best, Match.PREFIX, new PrefixQuery(new Term(KEY, key)), key, wanted);
            if (!tokens.isEmpty() && best.size() < wanted) collect(best, Match.WORDS, allWords(tokens), key, wanted);
            if (!tokens.isEmpty() && best.size() < wanted) collect(best, Match.FUZZY, someWords(tokens), key, wanted);
            List<SearchHit> hits = best.values().stream().sorted(ORDER).limit(wanted).toList();
            if (!hits.isEmpty()) return new Result(hits, List.of());
            return new Result(List.of(), suggestions(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Best tier first, then the higher score, then the order the index was built in (curated before COW-only). */
    private static final Comparator<SearchHit> ORDER = Comparator.comparing(SearchHit::match)
            .thenComparing(Comparator.comparingDouble(SearchHit::score).reversed());

    private void collect(Map<String, SearchHit> best, Match match, Query q, String key, int wanted) throws IOException {
        for (ScoreDoc sd : searcher.search(q, NAMES_PER_HIT * wanted).scoreDocs) {
            Entry e = entries.get(sd.doc);
            float score = match == Match.PREFIX ? nearness(key, e.key()) : sd.score;
            SearchHit hit = new SearchHit(e.type(), e.id(), match, score, e.name());
            best.merge(e.type() + "/" + e.id(), hit, (old, now) -> ORDER.compare(now, old) < 0 ? now : old);
        }
    }

    /**
     * How near a completion is to the query: a completion at a word's end ("un" in "un women") before one
     * inside a word ("un" in "unesco"), and then the shorter one first.
     */
    private static float nearness(String query, String completed) {
        boolean atWordEnd = completed.length() == query.length() || !Character.isLetterOrDigit(completed.charAt(query.length()));
        return (atWordEnd ? 1000f : 0f) - completed.length();
    }

    /** Every word of the query in one name; the last may be unfinished. */
    private static Query allWords(List<Token> tokens) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Query term = new TermQuery(new Term(WORDS, t.text()));
            if (i == tokens.size() - 1 && !t.cjk() && t.text().length() >= 2) {
                term = new DisjunctionMaxQuery(List.of(term, new BoostQuery(new PrefixQuery(new Term(WORDS, t.text())), 0.5f)), 0f);
            }
            b.add(term, Occur.MUST);
        }
        return b.build();
    }

    /**
     * Half the query's words at least, each as written or one edit away (none under four letters, where one
     * edit makes another acronym; the first letter kept, as typists seldom miss it): "Unesko" finds
     * "unesco", "helth" "health". Two edits would cost a Levenshtein automaton of some milliseconds a word
     * and find little more; a name further off than one edit a word comes as a suggestion.
     */
    private static Query someWords(List<Token> tokens) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Token t : tokens) {
            Query term = new TermQuery(new Term(WORDS, t.text()));
            int len = t.text().codePointCount(0, t.text().length());
            int edits = t.cjk() || len < 4 ? 0 : 1;
            if (edits > 0) {
                term = new DisjunctionMaxQuery(List.of(term, new BoostQuery(new FuzzyQuery(new Term(WORDS, t.text()), edits, 1), 0.8f)), 0f);
            }
            b.add(term, Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch((tokens.size() + 1) / 2);
        return b.build();
    }

    /** The names sharing the most runs of two or three characters with the query, one per entity. */
    private List<SearchHit> suggestions(String key) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> grams = terms(GRAMS, key);
        for (String g : grams) b.add(new TermQuery(new Term(GRAMS, g)), Occur.SHOULD);
        // A third of the query's runs at least: below that a "suggestion" is noise.
        b.setMinimumNumberShouldMatch(Math.max(1, grams.size() / 3));
        Map<String, SearchHit> best = new LinkedHashMap<>();
        collect(best, Match.FUZZY, b.build(), key, SUGGESTIONS);
        return best.values().stream().sorted(ORDER).limit(SUGGESTIONS).toList();
    }

    private record Token(String text, boolean cjk) {}

    private List<Token> tokens(String key) throws IOException {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(WORDS, key)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = type.type();
                out.add(new Token(term.toString(), t.equals("<DOUBLE>") || t.equals("<IDEOGRAPHIC>") || t.equals("<HIRAGANA>")
                        || t.equals("<KATAKANA>") || t.equals("<HANGUL>") || t.equals("<SINGLE>")));
            }
            ts.end();
        }
        return out;
    }

    private List<String> terms(String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }
}
