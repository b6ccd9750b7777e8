package org.comity.linking;

import java.util.List;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.comity.names.NormalText;

/**
 * The same scan through org.ahocorasick's trie (0.6.3): the well-kept library the issue asks us to
 * prefer. Kept as the reference our {@link Automaton} is checked against and measured beside; the
 * linker uses ours because LinkerBench shows it clearly faster (docs/performance.md).
 */
final class LibraryScanner implements KeyScanner {

    private final PayloadTrie<Integer> trie;

    LibraryScanner(List<String> keys) {
        PayloadTrie.PayloadTrieBuilder<Integer> b = PayloadTrie.builder();
        for (int i = 0; i < keys.size(); i++) b.addKeyword(keys.get(i), i);
        trie = b.build();
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
