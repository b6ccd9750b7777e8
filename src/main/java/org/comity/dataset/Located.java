package org.comity.dataset;

import java.util.IdentityHashMap;
import java.util.Map;

/** Where each record of a dataset came from (file and line), so that checks can point at it. */
public final class Located {

    private final Map<Object, Row> rows = new IdentityHashMap<>();
    private final String origin;

    public Located(String origin) {
        this.origin = origin;
    }

    void put(Object record, Row row) {
        rows.put(record, row);
    }

    /** A problem about {@code record}, located at its row when known, else at the table it belongs to. */
    public Problem problem(Object record, String table, String column, String value, String message) {
        Row row = rows.get(record);
        return row == null
                ? new Problem(origin + ":" + table, 0, column, value, message)
                : new Problem(row.file(), row.line(), column, value, message);
    }
}
