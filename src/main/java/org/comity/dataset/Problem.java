package org.comity.dataset;

/**
 * One thing wrong with the data, located as precisely as we can: file (relative to the dataset
 * directory, or a table name for the store), line (1-based, 0 when unknown), column and value.
 */
public record Problem(String file, int line, String column, String value, String message) {

    /** One line: {@code organizations.csv:12: column parent: 'unep2' is not an organization id}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) b.append(':').append(line);
        b.append(": ");
        if (column != null) b.append("column ").append(column).append(": ");
        b.append(message);
        return b.toString();
    }
}
