package org.comity.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.comity.domain.Action;
import org.comity.domain.Alias;
import org.comity.domain.AliasType;
import org.comity.domain.CheckMethod;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.domain.Dataset;
import org.comity.domain.Episode;
import org.comity.domain.MemberCount;
import org.comity.domain.MemberList;
import org.comity.domain.Role;
import org.comity.domain.Organization;
import org.comity.domain.PartialDate;
import org.comity.domain.Section;
import org.comity.domain.Source;
import org.comity.domain.Sourced;
import org.comity.names.ChineseScript;
import org.comity.names.Names;

/**
 * The checks that guard the curated dataset as a whole: identifiers, references, sources, date order,
 * names. Returns every problem found, each located at its file and line.
 */
public final class DatasetValidator {

    private static final Pattern ORG_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final Dataset d;
    private final Located at;
    private final List<Problem> problems = new ArrayList<>();

    private DatasetValidator(Dataset d, Located at) {
        this.d = d;
        this.at = at;
    }

    public static List<Problem> validate(Dataset d, Located at) {
        DatasetValidator v = new DatasetValidator(d, at);
        v.run();
        return v.problems;
    }

    /** Throws with every problem when there is any. */
    public static void require(Dataset d, Located at) {
        List<Problem> problems = validate(d, at);
        if (!problems.isEmpty()) throw new DatasetException(problems);
    }

    private void run() {
        Set<String> urls = sourceUrls();
        Set<String> orgs = unique(d.organizations(), Organization::id, "organizations", "id");
        Set<String> states = unique(d.states(), s -> s.iso3(), "states", "iso3");
        Set<String> instruments = unique(d.instruments(), i -> i.id(), "instruments", "id");
        unique(d.claims(), c -> c.id(), "claims", "id");
        unique(d.withdrawalRules(), w -> w.org(), "withdrawal-rules", "org");

        for (Organization o : d.organizations()) {
            if (!ORG_ID.matcher(o.id()).matches()) add(o, "organizations", "id", o.id(), "'" + o.id() + "' is not a lowercase slug (a-z, 0-9, hyphens)");
            ref(o, "organizations", "parent", o.parent(), orgs, "an organization id");
            if (o.id().equals(o.parent())) add(o, "organizations", "parent", o.parent(), "an organization cannot be its own parent");
            chinese(o, "organizations", "name_zh", o.nameZh());
            translation(o, "organizations", "headquarters", o.headquarters(), o.headquartersZh());
            translation(o, "organizations", "parent_note", o.parentNote(), o.parentNoteZh());
        }
        parentCycles();
        for (var s : d.states()) {
            if (!ISO3.matcher(s.iso3()).matches()) add(s, "states", "iso3", s.iso3(), "'" + s.iso3() + "' is not an ISO 3166-1 alpha-3 code");
            chinese(s, "states", "name_zh", s.nameZh());
        }
        for (Alias a : d.aliases()) ref(a, "aliases", "org", a.org(), orgs, "an organization id");
        names();
        for (var i : d.instruments()) {
            ref(i, "instruments", "actor", i.actor(), states, "a state (ISO3) in states.csv");
            if (i.titleZh() != null) chinese(i, "instruments", "title_zh", i.titleZh());
        }
        actions(orgs, instruments);
        Set<String> lists = memberLists(orgs);
        episodes(states);
        memberCounts(lists);
        for (var w : d.withdrawalRules()) {
            ref(w, "withdrawal-rules", "org", w.org(), orgs, "an organization id");
            translation(w, "withdrawal-rules", "treaty", w.treaty(), w.treatyZh());
            translation(w, "withdrawal-rules", "article", w.article(), w.articleZh());
            translation(w, "withdrawal-rules", "conditions", w.conditions(), w.conditionsZh());
        }
        for (var c : d.checks()) ref(c, "checks", "org", c.org(), orgs, "an organization id");
        Set<String> sourceIds = new HashSet<>();
        for (Source s : d.sources()) if (s.id() != null) sourceIds.add(s.id());
        for (var c : d.claims()) ref(c, "claims", "document", c.document(), sourceIds, "a source id in sources.csv");
        claimChecks(orgs, states, instruments);
        memorandumSplit();
        ReplacedIdsCheck.check(d, at, problems);

        cited(d.organizations(), "organizations", urls);
        cited(d.aliases(), "aliases", urls);
        cited(d.states(), "states", urls);
        cited(d.instruments(), "instruments", urls);
        cited(d.actions(), "actions", urls);
        cited(d.memberLists(), "member-lists", urls);
        for (Episode e : d.episodes()) cited(List.of(e), "members/" + e.org(), urls);
        cited(d.memberCounts(), "member-counts", urls);
        cited(d.withdrawalRules(), "withdrawal-rules", urls);
        cited(d.checks(), "checks", urls);
        cited(d.claims(), "claims", urls);
        cited(d.claimChecks(), "claim-checks", urls);
        cited(d.replacedIds(), "replaced-ids", urls);
    }

    private final Map<String, Source> sourcesByUrl = new HashMap<>();

    private Set<String> sourceUrls() {
        for (Source s : d.sources()) sourcesByUrl.putIfAbsent(s.url(), s);
        Set<String> urls = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Source s : d.sources()) {
            if (!URL.matcher(s.url()).matches()) add(s, "sources", "url", s.url(), "'" + s.url() + "' is not an http(s) URL");
            RefusedSources.Refused refused = RefusedSources.of(s.url(), RefusedSources.bundled());
            if (refused != null) {
                add(s, "sources", "url", s.url(), "refused source (" + refused.kind() + ": " + refused.reason() + "), see mappings/"
                        + RefusedSources.FILE);
            }
            if (!urls.add(s.url())) add(s, "sources", "url", s.url(), "duplicate url '" + s.url() + "'");
            if (s.id() != null && !ids.add(s.id())) add(s, "sources", "id", s.id(), "duplicate id '" + s.id() + "'");
        }
        return urls;
    }

    /**
     * Every fact names at least one source, every source it names is registered in sources.csv, and its
     * strongest source comes first: a primary source is never listed after a weaker one.
     */
    private void cited(Collection<? extends Sourced> facts, String table, Set<String> urls) {
        for (Sourced f : facts) {
            if (f.sources().isEmpty()) add(f, table, "sources", "", "no source: every fact needs at least one source URL");
            for (String u : f.sources()) {
                if (!urls.contains(u)) add(f, table, "sources", u, "source '" + u + "' is not in sources.csv");
            }
            if (f.sources().size() > 1 && !primary(f.sources().get(0))) {
                for (String u : f.sources()) {
                    if (primary(u)) {
                        add(f, table, "sources", u, "primary source '" + u + "' must come first (strongest source first)");
                        break;
                    }
                }
            }
        }
    }

    private boolean primary(String url) {
        Source s = sourcesByUrl.get(url);
        return s != null && s.primary();
    }

    private <T> Set<String> unique(List<T> records, Function<T, String> key, String table, String column) {
        Set<String> seen = new HashSet<>();
        for (T r : records) {
            String k = key.apply(r);
            if (!seen.add(k)) add(r, table, column, k, "duplicate " + column + " '" + k + "'");
        }
        return seen;
    }

    private void ref(Object record, String table, String column, String value, Set<String> known, String what) {
        if (value != null && !known.contains(value)) {
            add(record, table, column, value, "'" + value + "' is not " + what);
        }
    }

    private void chinese(Object record, String table, String column, String name) {
        if (!ChineseScript.hasHan(name)) {
            add(record, table, column, name, "'" + name + "' has no Chinese characters");
        } else if (!ChineseScript.isSimplified(name)) {
            add(record, table, column, name, "'" + name + "' is not in simplified script (simplified: '"
                    + ChineseScript.toSimplified(name) + "'); keep the traditional form as an alias");
        }
    }

    private void parentCycles() {
        Map<String, String> parent = new HashMap<>();
        for (Organization o : d.organizations()) if (o.parent() != null) parent.put(o.id(), o.parent());
        for (Organization o : d.organizations()) {
            Set<String> path = new HashSet<>();
            String cur = o.id();
            while (cur != null && path.add(cur)) cur = parent.get(cur);
            if (cur != null && cur.equals(o.id())) {
                add(o, "organizations", "parent", o.parent(), "parent chain of '" + o.id() + "' loops back to itself");
            }
        }
    }

    /**
     * A name may point at one organization only; acronyms may be shared (ISA, ITC) and are then
     * ambiguous, which the linker resolves by context or reports.
     */
    private void names() {
        Map<String, String> owner = new HashMap<>();
        Map<String, Boolean> acronymOnly = new HashMap<>();
        for (Organization o : d.organizations()) {
            claim(owner, acronymOnly, o, "organizations", "name_en", o.nameEn(), o.id(), false);
            claim(owner, acronymOnly, o, "organizations", "name_zh", o.nameZh(), o.id(), false);
            if (o.acronym() != null) claim(owner, acronymOnly, o, "organizations", "acronym", o.acronym(), o.id(), true);
        }
        for (Alias a : d.aliases()) {
            claim(owner, acronymOnly, a, "aliases", "alias", a.alias(), a.org(), a.type() == AliasType.ACRONYM);
        }
    }

    private void claim(Map<String, String> owner, Map<String, Boolean> acronymOnly, Object record, String table,
                       String column, String name, String org, boolean acronym) {
        String key = Names.key(name); // the form look-up and the linker compare names in
        String prev = owner.putIfAbsent(key, org);
        boolean wasAcronym = acronymOnly.merge(key, acronym, Boolean::logicalAnd);
        if (prev != null && !prev.equals(org) && !(wasAcronym && acronym)) {
            add(record, table, column, name, "name '" + name + "' belongs to both '" + prev + "' and '" + org
                    + "' (only acronyms may be shared)");
        }
    }

    private void actions(Set<String> orgs, Set<String> instruments) {
        Set<String> seqs = new HashSet<>();
        for (Action a : d.actions()) {
            String table = "actions/" + a.instrument();
            ref(a, table, "org", a.org(), orgs, "an organization id");
            if (!seqs.add(a.instrument() + "#" + a.seq())) add(a, table, "seq", String.valueOf(a.seq()), "duplicate seq " + a.seq());
            if (a.firstDate() == null) add(a, table, "announced", "", "an action needs at least one of announced, notice, effective");
            order(a, table, "notice", a.notice(), a.effective(), "effective");
            order(a, table, "announced", a.announced(), a.effective(), "effective");
        }
    }

    private void order(Object record, String table, String column, PartialDate first, PartialDate later, String laterColumn) {
        if (first != null && later != null && later.date().isBefore(first.date())) {
            add(record, table, laterColumn, later.toString(), laterColumn + " " + later + " is before " + column + " " + first);
        }
    }

    private Set<String> memberLists(Set<String> orgs) {
        Set<String> lists = unique(d.memberLists(), MemberList::org, "member-lists", "org");
        for (MemberList l : d.memberLists()) {
            ref(l, "member-lists", "org", l.org(), orgs, "an organization id");
            for (String f : l.follows()) {
                ref(l, "member-lists", "follows", f, lists, "a body with a member list");
                if (f.equals(l.org())) add(l, "member-lists", "follows", f, "a list cannot follow itself");
            }
        }
        return lists;
    }

    /**
     * Each row names a known state and ends after it starts; the episodes of one pair never overlap
     * (a signatory that became a party ends its signatory row on the day it became one).
     */
    private void episodes(Set<String> states) {
        Map<String, List<Episode>> byPair = new HashMap<>();
        for (Episode e : d.episodes()) {
            String table = "members/" + e.org();
            ref(e, table, "state", e.state(), states, "a state (ISO3) in states.csv");
            if (e.end() != null && !e.end().date().isAfter(e.start().date())) {
                add(e, table, "end", e.end().toString(), "end " + e.end() + " is not after start " + e.start());
            }
            // A notification of succession is deposited after the day it takes effect from (independence).
            if (e.deposited() != null && e.deposited().date().isAfter(e.start().date()) && e.role() != Role.SIGNATORY
                    && e.means() != org.comity.domain.JoinMeans.SUCCESSION) {
                add(e, table, "deposited", e.deposited().toString(), "deposited " + e.deposited() + " is after start " + e.start()
                        + " (start is the first day the state belonged: on or after the deposit)");
            }
            if (e.start().bound()) {
                MemberList l = d.memberLists().stream().filter(x -> x.org().equals(e.org())).findFirst().orElse(null);
                if (l != null && l.completeFrom() != null && l.completeFrom().date().isBefore(e.start().date())) {
                    add(e, table, "start", e.start().toString(), "the join date is not known, so the list cannot be complete from "
                            + l.completeFrom() + " (member-lists.csv complete_from)");
                }
            }
            byPair.computeIfAbsent(e.state() + "/" + e.org(), k -> new ArrayList<>()).add(e);
        }
        // One problem per overlapping row (with the first row it overlaps), not one per pair of rows: a
        // file of 3,000 copies of one row gives 2,999 lines, not 4.5 million.
        for (List<Episode> list : byPair.values()) {
            for (int j = 1; j < list.size(); j++) {
                Episode b = list.get(j);
                for (int i = 0; i < j; i++) {
                    Episode a = list.get(i);
                    if (overlaps(a, b)) {
                        add(b, "members/" + b.org(), "start", b.start().toString(), "overlaps the episode of " + a.state()
                                + " in " + a.org() + " from " + a.start() + (a.end() == null ? "" : " to " + a.end()));
                        break;
                    }
                }
            }
        }
    }

    /** Every official count must be what the list gives on its day, for the roles the count includes. */
    private void memberCounts(Set<String> lists) {
        for (MemberCount c : d.memberCounts()) {
            ref(c, "member-counts", "org", c.org(), lists, "a body with a member list");
            if (!lists.contains(c.org())) continue;
            MemberList list = d.memberLists().stream().filter(l -> l.org().equals(c.org())).findFirst().orElseThrow();
            // A partial list cannot reproduce a count; a derived one is checked through the lists it follows.
            List<Role> roles = c.roles().isEmpty() ? list.countedRoles() : c.roles();
            // Complete means complete for the roles the body counts (UNESCO's associates may be partial).
            if (list.derived() || !list.complete(c.on()) || !list.countedRoles().containsAll(roles)) continue;
            long listed = d.episodes().stream()
                    .filter(e -> e.org().equals(c.org()) && roles.contains(e.role()) && e.covers(c.on()))
                    .map(Episode::state).distinct().count();
            if (listed != c.count()) {
                add(c, "member-counts", "count", String.valueOf(c.count()), "members/" + c.org() + ".csv gives " + listed
                        + " " + roles.stream().map(Role::code).collect(java.util.stream.Collectors.joining("|")) + " on "
                        + c.on() + ", the body states " + c.count());
            }
        }
    }

    private static boolean overlaps(Episode a, Episode b) {
        boolean aBeforeB = a.end() != null && !a.end().date().isAfter(b.start().date());
        boolean bBeforeA = b.end() != null && !b.end().date().isAfter(a.start().date());
        return !aBeforeB && !bBeforeA;
    }

    /**
     * Each check is of a claim of claims.csv, one check a claim, and every organization, state and act its
     * parameters name exists; for {@code instrument-lists}, so does every organization the claim expects.
     */
    private void claimChecks(Set<String> orgs, Set<String> states, Set<String> instruments) {
        Map<String, Claim> claims = new HashMap<>();
        for (Claim c : d.claims()) claims.put(c.id(), c);
        unique(d.claimChecks(), ClaimCheck::claim, "claim-checks", "claim");
        for (ClaimCheck k : d.claimChecks()) {
            ref(k, "claim-checks", "claim", k.claim(), claims.keySet(), "a claim id in claims.csv");
            translation(k, "claim-checks", "tolerance", k.tolerance(), k.toleranceZh());
            translation(k, "claim-checks", "definition", k.definition(), k.definitionZh());
            // an unverifiable check's reason_zh: its English (reason) is required, so only the script is left to check
            if (k.param("reason_zh") != null) chinese(k, "claim-checks", "params", k.param("reason_zh"));
            for (CheckMethod.Param p : k.method().params()) {
                String v = k.param(p.name());
                switch (p.kind()) {
                    case ORG -> ref(k, "claim-checks", "params", v, orgs, "an organization id (" + p.name() + ")");
                    case STATE -> ref(k, "claim-checks", "params", v, states, "a state (ISO3) in states.csv (" + p.name() + ")");
                    case INSTRUMENT -> ref(k, "claim-checks", "params", v, instruments, "an instrument id (" + p.name() + ")");
                    default -> { }
                }
            }
            Claim c = claims.get(k.claim());
            if (k.method() == CheckMethod.INSTRUMENT_LISTS && c != null) {
                for (String org : c.expected().split(";")) {
                    ref(c, "claims", "expected", org.trim(), orgs, "an organization id (the claim of " + k.claim() + " lists ids, ';' between them)");
                }
            }
        }
    }

    private void memorandumSplit() {
        List<Action> memo = d.actions().stream().filter(a -> a.instrument().equals(KnownFacts.MEMORANDUM_2026)).toList();
        if (memo.isEmpty()) return;
        long un = memo.stream().filter(a -> a.section() == Section.UN).count();
        long nonUn = memo.stream().filter(a -> a.section() == Section.NON_UN).count();
        if (un != KnownFacts.MEMORANDUM_UN || nonUn != KnownFacts.MEMORANDUM_NON_UN) {
            add(memo.get(0), "actions/" + KnownFacts.MEMORANDUM_2026, "section", un + "/" + nonUn,
                    "the memorandum lists " + KnownFacts.MEMORANDUM_UN + " UN entities and " + KnownFacts.MEMORANDUM_NON_UN
                            + " others; the file has " + un + " and " + nonUn);
        }
    }

    /** A {@code column_zh} text is the Chinese of its English column: written in Chinese, and only where the English is. */
    private void translation(Object record, String table, String column, String en, String zh) {
        if (zh == null || zh.isBlank()) return;
        if (en == null || en.isBlank()) {
            add(record, table, column + "_zh", zh, "a Chinese " + column + " without the English one (" + column + " is empty)");
            return;
        }
        chinese(record, table, column + "_zh", zh);
    }

    private void add(Object record, String table, String column, String value, String message) {
        problems.add(at.problem(record, table, column, value, message));
    }
}
