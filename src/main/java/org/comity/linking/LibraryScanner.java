package org.comity.linking;

import java.util.List;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

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

    @Override
    public void scan(char[] text, int length, Hits hits) {
        for (PayloadEmit<Integer> e : trie.parseText(new CharArraySequence(text, 0, length))) {
            hits.add(e.getStart(), e.getEnd() + 1, e.getPayload());
        }
    }
}
