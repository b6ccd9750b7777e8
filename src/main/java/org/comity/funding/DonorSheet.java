package org.comity.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.comity.domain.Coded;

/**
 * The donors of one entity and year as the funding store keeps them (V16__donor_sheets.sql): one line a
 * contribution, tab between donor, state, {@code y}/{@code n} (a government), type code and amount; a tab, line
 * break or backslash inside a donor's name is written {@code \t}, {@code \n}, {@code \r}, {@code \\}.
 */
final class DonorSheet {

    private DonorSheet() {}

    /** The lines of {@code rows}, which share year, entity, organization and source. */
    static String write(List<Contribution> rows) {
        StringBuilder b = new StringBuilder(rows.size() * 48);
        for (Contribution c : rows) {
            if (b.length() > 0) b.append('\n');
            escape(b, c.donor());
            b.append('\t').append(c.state() == null ? "" : c.state()).append('\t').append(c.government() ? 'y' : 'n')
                    .append('\t').append(c.type().code()).append('\t').append(c.usd().toPlainString());
        }
        return b.toString();
    }

    /** The contributions a sheet holds, in its order. */
    static List<Contribution> read(int year, String entity, String org, String source, String lines) {
        List<Contribution> out = new ArrayList<>();
        int from = 0;
        while (from <= lines.length() && !lines.isEmpty()) {
            int end = lines.indexOf('\n', from);
            if (end < 0) end = lines.length();
            String[] cells = lines.substring(from, end).split("\t", -1);
            if (cells.length != 5) throw new IllegalStateException("a donor sheet line of " + entity + " " + year + " has " + cells.length + " cells");
            out.add(new Contribution(year, entity, org, unescape(cells[0]), cells[1].isEmpty() ? null : cells[1], cells[2].equals("y"),
                    Coded.parse(RevenueType.class, cells[3]), new BigDecimal(cells[4]).stripTrailingZeros(), source));
            from = end + 1;
        }
        return out;
    }

    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
        }
        return b.toString();
    }
}
