package org.comity.release;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.comity.dataset.Row;
import org.comity.dataset.Table;
import org.comity.domain.Coded;
import org.comity.domain.Sourced;

/**
 * The Table Schema fields of a table, read off its declaration in {@code Tables}: the parse of a table
 * is run on a {@link Row#probe probe row}, which learns how each column is read (text, required, date,
 * code of an enum...). The schema therefore says exactly what the reader accepts, and follows every
 * change to the declaration without a second list to keep in step.
 */
final class Fields {

    static final String SOURCES = "sources";

    /** A date known to a day, a month or a year, or only as "by" a day (PartialDate). */
    static final String PARTIAL_DATE = org.comity.domain.PartialDate.FORMS;

    /** How a parse reads one column. */
    record Column(String name, Set<Row.Read> reads, Class<? extends Enum<?>> codes) {

        boolean required() {
            return reads.contains(Row.Read.REQUIRED);
        }

        /** The strongest reading: a required date is a date. */
        Row.Read kind() {
            for (Row.Read r : List.of(Row.Read.CODES, Row.Read.CODE, Row.Read.LIST, Row.Read.DAY, Row.Read.DATE,
                    Row.Read.INTEGER, Row.Read.PERIOD)) {
                if (reads.contains(r)) return r;
            }
            return Row.Read.TEXT;
        }

        List<String> codeValues() {
            return Arrays.stream(codes.getEnumConstants()).map(c -> ((Coded) c).code()).toList();
        }
    }

    private Fields() {}

    /** Every column of {@code table}, in its file order, with how the parse reads it. */
    static List<Column> columns(Table<?> table) {
        Map<String, Set<Row.Read>> reads = new LinkedHashMap<>();
        Map<String, Class<? extends Enum<?>>> codes = new LinkedHashMap<>();
        for (String c : table.columns()) reads.put(c, EnumSet.noneOf(Row.Read.class));
        Row probe = Row.probe(table.file(), (column, how, type) -> {
            reads.computeIfAbsent(column, k -> EnumSet.noneOf(Row.Read.class)).add(how);
            if (type != null) codes.put(column, type);
        });
        try {
            // Every fact names its sources (DatasetValidator refuses one without): the column is required.
            if (table.parse().apply(probe) instanceof Sourced && reads.containsKey(SOURCES)) reads.get(SOURCES).add(Row.Read.REQUIRED);
        } catch (RuntimeException e) {
            // A record's own checks may refuse the sample values; every cell was read (as arguments) before.
        }
        List<Column> out = new ArrayList<>();
        for (String c : table.columns()) out.add(new Column(c, reads.get(c), codes.get(c)));
        return out;
    }

    /** The Table Schema field (Data Package v2) of one column. */
    static Map<String, Object> field(Column c) {
        Map<String, Object> f = new LinkedHashMap<>();
        Map<String, Object> constraints = new LinkedHashMap<>();
        f.put("name", c.name());
        switch (c.kind()) {
            case DAY -> {
                f.put("type", "date");
                f.put("description", "a day, YYYY-MM-DD");
            }
            case DATE -> {
                f.put("type", "string");
                f.put("description", "a date known to a day, a month or a year (YYYY-MM-DD, YYYY-MM, YYYY), or only as on or before a day (by YYYY-MM-DD)");
                constraints.put("pattern", PARTIAL_DATE);
            }
            case INTEGER -> f.put("type", "integer");
            case PERIOD -> {
                f.put("type", "duration");
                f.put("description", "an ISO 8601 period such as P1Y or P6M");
            }
            case CODE -> {
                f.put("type", "string");
                f.put("categories", c.codeValues());
                constraints.put("enum", c.codeValues());
            }
            case CODES -> {
                String one = "(" + c.codeValues().stream().map(Fields::quoteRegex).collect(Collectors.joining("|")) + ")";
                f.put("type", "string");
                f.put("description", "one or more of " + String.join(", ", c.codeValues()) + ", separated by |");
                constraints.put("pattern", "^" + one + "(\\|" + one + ")*$");
            }
            case LIST -> {
                f.put("type", "string");
                if (c.name().equals(SOURCES)) {
                    f.put("description", "the URLs of the pages that state the fact, separated by |; each is a url of sources.csv");
                    constraints.put("pattern", "^https?://[^|\\s]+(\\|https?://[^|\\s]+)*$");
                } else {
                    f.put("description", "values separated by |");
                }
            }
            default -> f.put("type", "string");
        }
        if (c.required()) constraints.put("required", true);
        if (!constraints.isEmpty()) f.put("constraints", constraints);
        return f;
    }

    private static String quoteRegex(String code) {
        return code.replaceAll("([\\\\.\\[\\]{}()*+?^$|])", "\\\\$1");
    }
}
