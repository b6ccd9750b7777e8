package org.comity.funding;

import org.comity.dataset.CsvLines;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.comity.dataset.DataFiles;
import org.comity.dataset.Problem;
import org.comity.domain.State;
import org.comity.snapshot.Registry;

/**
 * How CEB's names become Comity's ids: {@code ceb-mapping.csv} (CEB entity code → organization id, empty
 * when Comity has no such organization) and {@code ceb-donors.csv} (donor names the state names of the
 * dataset do not resolve → ISO alpha-3, and which "government donors" are not states at all).
 */
public final class CebMapping {

    public static final String ENTITY_FILE = "ceb-mapping.csv";
    public static final String DONOR_FILE = "ceb-donors.csv";

    /** A donor as resolved: its state (null when none) and whether it counts as a government. */
    public record Donor(String state, boolean government) {}

    private final Map<String, Optional<String>> entities;
    private final Map<String, Donor> donors;
    private final Registry registry;
    // A few hundred names repeat over a hundred thousand rows: resolve each once.
    private final Map<String, Donor> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    private CebMapping(Map<String, Optional<String>> entities, Map<String, Donor> donors, Registry registry) {
        this.entities = entities;
        this.donors = donors;
        this.registry = registry;
    }

    /** Reads both mapping files from {@code files}; organization and state ids are checked against the registry. */
    public static CebMapping read(DataFiles files, Registry registry) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Optional<String>> entities = new LinkedHashMap<>();
        Map<String, Donor> donors = new LinkedHashMap<>();
        try (Reader r = files.open(ENTITY_FILE)) {
            if (r == null) problems.add(new Problem(ENTITY_FILE, 0, null, "", "is missing from " + files.describe()));
            else if (0 == CsvLines.read(r, ENTITY_FILE, List.of("ceb_entity", "org", "note", "sources"), l -> {
                String org = l.get("org");
                if (!org.isEmpty() && !registry.hasOrg(org)) {
                    problems.add(l.problem("org", org, "'" + org + "' is not an organization id"));
                }
                // A body added to the dataset after its CEB code was listed as "not ours" would lose its money.
                Set<String> same = org.isEmpty() ? registry.orgsAbbreviated(l.get("ceb_entity")) : Set.of();
                if (!same.isEmpty()) {
                    problems.add(l.problem("org", "", "'" + l.get("ceb_entity") + "' is left without an organization, but "
                            + String.join(", ", same) + " goes by that acronym: put its id in the org column"));
                }
                if (entities.put(l.get("ceb_entity"), org.isEmpty() ? Optional.empty() : Optional.of(org)) != null) {
                    problems.add(l.problem("ceb_entity", l.get("ceb_entity"), "'" + l.get("ceb_entity") + "' is listed twice"));
                }
            }, problems) && problems.isEmpty()) {
                problems.add(new Problem(ENTITY_FILE, 2, null, "", "has a header and no rows (a file cut short?)"));
            }
        } catch (IOException e) {
            problems.add(new Problem(ENTITY_FILE, 0, null, "", "cannot be read: " + e.getMessage()));
        }
        try (Reader r = files.open(DONOR_FILE)) {
            if (r != null && 0 == CsvLines.read(r, DONOR_FILE, List.of("ceb_donor", "state", "government", "note", "sources"), l -> {
                String state = l.get("state");
                if (!state.isEmpty() && registry.state(state) == null) {
                    problems.add(l.problem("state", state, "'" + state + "' is not a state in states.csv"));
                }
                String gov = l.get("government");
                if (!gov.equals("yes") && !gov.equals("no")) problems.add(l.problem("government", gov, "'" + gov + "' must be yes or no"));
                donors.put(donorKey(l.get("ceb_donor")), new Donor(state.isEmpty() ? null : state, gov.equals("yes")));
            }, problems) && problems.isEmpty()) {
                problems.add(new Problem(DONOR_FILE, 2, null, "", "has a header and no rows (a file cut short?)"));
            }
        } catch (IOException e) {
            problems.add(new Problem(DONOR_FILE, 0, null, "", "cannot be read: " + e.getMessage()));
        }
        CsvLines.require(problems);
        return new CebMapping(entities, donors, registry);
    }

    /** Whether the entity code is listed at all (mapped or deliberately left without an organization). */
    public boolean knows(String entity) {
        return entities.containsKey(entity);
    }

    /** The organization id for a CEB entity code, or null. */
    public String org(String entity) {
        return entities.getOrDefault(entity, Optional.empty()).orElse(null);
    }

    /**
     * The donor a CEB name means: the donor file first, then the dataset's state names, then — for names
     * where CEB's export lost an accent (U+FFFD) — the one state name that matches with any letter there.
     * Unknown names are governments without a state (listed in the import report).
     */
    public Donor donor(String cebName) {
        return resolved.computeIfAbsent(cebName, this::resolve);
    }

    private Donor resolve(String cebName) {
        String name = cleanDonor(cebName);
        Donor listed = donors.get(donorKey(name));
        if (listed != null) return listed;
        Set<String> ids = registry.statesNamed(name);
        if (ids.size() == 1) return new Donor(ids.iterator().next(), true);
        if (name.indexOf('\uFFFD') >= 0) {
            Pattern p = Pattern.compile(Pattern.quote(name).replace("\uFFFD", "\\E.\\Q"), Pattern.CASE_INSENSITIVE);
            List<State> hits = registry.states().stream().filter(s -> p.matcher(s.nameEn()).matches()).toList();
            if (hits.size() == 1) return new Donor(hits.get(0).iso3(), true);
        }
        return new Donor(null, true);
    }

    /** A donor name without CEB's footnote marks ({@code Kosovo**}). */
    public static String cleanDonor(String cebName) {
        int end = cebName.length();
        while (end > 0 && cebName.charAt(end - 1) == '*') end--;
        return cebName.substring(0, end).trim();
    }

    private static String donorKey(String name) {
        return cleanDonor(name).toLowerCase(java.util.Locale.ROOT);
    }
}
