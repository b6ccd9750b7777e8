package org.comity.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hosts a newsroom would not cite (blogs, content farms, people-search pages, mirrors of originals we
 * know): {@code data/mappings/refused-sources.csv}. {@code comity validate} and every import refuse a
 * source on one of them, naming its kind and why.
 */
public final class RefusedSources {

    public static final String FILE = "refused-sources.csv";

    /** One refused host: every URL on it or on a subdomain of it is refused. */
    public record Refused(String host, String kind, String reason) {}

    private static final Table<Refused> TABLE = new Table<>(FILE, List.of("host", "kind", "reason", "example"),
            r -> List.of(r.host(), r.kind(), r.reason(), "https://" + r.host() + "/"),
            row -> new Refused(row.required("host").toLowerCase(Locale.ROOT), row.required("kind"), row.required("reason")));

    private static volatile List<Refused> bundled;

    private RefusedSources() {}

    /** The list bundled with Comity (the policy every check applies). */
    public static List<Refused> bundled() {
        if (bundled == null) bundled = read(DataFiles.bundled(DataFiles.Part.MAPPINGS));
        return bundled;
    }

    public static List<Refused> read(DataFiles files) {
        List<Refused> out = new ArrayList<>();
        try (Reader r = files.open(FILE)) {
            if (r == null) return List.of();
            CsvTables.read(r, FILE, TABLE, (rec, row) -> out.add(rec));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /** The refusal that applies to a URL, or null. */
    public static Refused of(String url, List<Refused> refused) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) return null;
        host = host.toLowerCase(Locale.ROOT);
        for (Refused r : refused) if (host.equals(r.host()) || host.endsWith("." + r.host())) return r;
        return null;
    }
}
