package org.comity.linking;

/**
 * Finds every occurrence of every dictionary key in a text read in its normal form (overlapping ones
 * included), each as the original offsets it spans and the index of its key, ordered by where they end.
 */
interface KeyScanner {

    /** @param chars the chars of {@code text} (the linker has them already) */
    void scan(String text, char[] chars, Hits hits);
}
