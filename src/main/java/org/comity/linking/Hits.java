package org.comity.linking;

import java.util.Arrays;

/** Key occurrences as parallel int arrays: a long text yields thousands, and objects would cost more. */
final class Hits {

    int size;
    int[] from;
    int[] to;
    int[] entry;

    /** @param expected a guess at the number of hits (news text: about one every 30 chars) */
    Hits(int expected) {
        int capacity = Math.max(16, expected);
        from = new int[capacity];
        to = new int[capacity];
        entry = new int[capacity];
    }

    void add(int f, int t, int e) {
        if (size == from.length) {
            from = Arrays.copyOf(from, size * 2);
            to = Arrays.copyOf(to, size * 2);
            entry = Arrays.copyOf(entry, size * 2);
        }
        from[size] = f;
        to[size] = t;
        entry[size] = e;
        size++;
    }

    /** Appends every hit of {@code other}, in its order. */
    void addAll(Hits other) {
        int total = size + other.size;
        if (total > from.length) {
            int capacity = Math.max(total, from.length * 2);
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
            entry = Arrays.copyOf(entry, capacity);
        }
        System.arraycopy(other.from, 0, from, size, other.size);
        System.arraycopy(other.to, 0, to, size, other.size);
        System.arraycopy(other.entry, 0, entry, size, other.size);
        size = total;
    }
}
