package org.comity.linking;

import java.util.List;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.comity.names.NormalText;

/**
 * The linker's scan through org.ahocorasick's trie (0.6.3), the well-kept library the linking issue asked
 * us to prefer: kept (in the tests only) as the reference our {@link Automaton} is checked against
 * (LinkerTest) and measured beside (LinkerBench); the linker uses ours because it is clearly faster
 * (docs/performance.md).
 */
public final class LibraryScanner implements KeyScanner {

    private final Linker linker;
    private final PayloadTrie<Integer> trie;

    private LibraryScanner(Linker linker) {
        this.linker = linker;
        List<String> keys = linker.dictionary().keys();
        PayloadTrie.PayloadTrieBuilder<Integer> b = PayloadTrie.builder();
        for (int i = 0; i < keys.size(); i++) b.addKeyword(keys.get(i), i);
        trie = b.build();
    }

    /** A trie over the linker's dictionary keys. */
    public static LibraryScanner of(Linker linker) {
        return new LibraryScanner(linker);
    }

    /** What {@link Linker#link(String)} finds, scanning with the library's trie instead of our automaton. */
    public List<Mention> link(String text) {
        return linker.link(text, this);
    }

    /** The library needs the text in its normal form: built here, and each hit mapped back to the original. */
    @Override
    public void scan(String text, char[] chars, Hits hits) {
        NormalText n = NormalText.of(text);
        for (PayloadEmit<Integer> e : trie.parseText(new CharArraySequence(n.lowerArray(), 0, n.length()))) {
            hits.add(n.start(e.getStart()), n.end(e.getEnd()), e.getPayload());
        }
    }
}
