package org.comity.dataset;

import java.util.List;
import java.util.function.Function;

/**
 * How one kind of record is laid out as a table: its file name, its columns in order, and the two
 * conversions. The CSV files and the database both use these, so they cannot drift apart.
 */
public record Table<T>(String file, List<String> columns, Function<T, List<String>> cells, Function<Row, T> parse) {

    public String name() {
        String base = file.substring(file.lastIndexOf('/') + 1);
        return base.endsWith(".csv") ? base.substring(0, base.length() - 4) : base;
    }
}
