package org.comity.linking;

/** Finds every occurrence of every dictionary key in a normalised text (overlapping ones included). */
interface KeyScanner {

    void scan(char[] text, int length, Hits hits);
}
