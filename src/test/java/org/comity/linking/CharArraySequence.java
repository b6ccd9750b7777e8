package org.comity.linking;

/** A read-only view of part of a char array as a CharSequence, so the automaton scans it without a copy. */
final class CharArraySequence implements CharSequence {

    private final char[] chars;
    private final int offset;
    private final int length;

    CharArraySequence(char[] chars, int offset, int length) {
        this.chars = chars;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return chars[offset + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new CharArraySequence(chars, offset + from, to - from);
    }

    @Override
    public String toString() {
        return new String(chars, offset, length);
    }
}
