package org.comity.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two ways the index cuts a name into terms. Both read text already in {@link org.comity.names.Names#key}
 * form (case, width, traditional Chinese and "United Nations" folded), so the index and a query agree on
 * what a name is; the analyzers only split it.
 */
final class SearchAnalyzers {

    private SearchAnalyzers() {}

    /**
     * Words: Latin words (plural "s" taken off: "conventions" finds "convention") and, for Chinese, which
     * has no spaces, overlapping pairs of characters, so "巴黎协议" shares 巴黎 and 黎协 with "巴黎协定".
     */
    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream t = new LowerCaseFilter(source);
                t = new CJKBigramFilter(t);
                t = new EnglishMinimalStemFilter(t);
                return new TokenStreamComponents(source, t);
            }
        };
    }

    /** Runs of two and three characters across the whole name, for "did you mean" when nothing matches. */
    static Analyzer grams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                NGramTokenizer source = new NGramTokenizer(2, 3);
                return new TokenStreamComponents(source);
            }
        };
    }
}
