package org.comity.release;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release version, MAJOR.MINOR.PATCH as the Data Package version recipe reads it: MAJOR when a table
 * or a column went away or changed type, MINOR when facts or tables were added or removed, PATCH when
 * facts were only corrected.
 */
record Version(int major, int minor, int patch) implements Comparable<Version> {

    private static final Pattern SEMVER = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

    static final Version FIRST = new Version(1, 0, 0);

    enum Bump { MAJOR, MINOR, PATCH }

    /** A version as a release directory is named; null when {@code text} is not MAJOR.MINOR.PATCH. */
    static Version parse(String text) {
        Matcher m = SEMVER.matcher(text);
        if (!m.matches()) return null;
        try {
            return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (NumberFormatException e) {
            return null; // more digits than an int holds
        }
    }

    Version next(Bump bump) {
        return switch (bump) {
            case MAJOR -> new Version(major + 1, 0, 0);
            case MINOR -> new Version(major, minor + 1, 0);
            case PATCH -> new Version(major, minor, patch + 1);
        };
    }

    @Override
    public int compareTo(Version o) {
        if (major != o.major) return Integer.compare(major, o.major);
        if (minor != o.minor) return Integer.compare(minor, o.minor);
        return Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
