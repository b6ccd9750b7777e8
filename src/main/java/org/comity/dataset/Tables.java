package org.comity.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.comity.domain.Action;
import org.comity.domain.ActionType;
import org.comity.domain.Alias;
import org.comity.domain.AliasType;
import org.comity.domain.Category;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;
import org.comity.domain.ClaimUnit;
import org.comity.domain.Coded;
import org.comity.domain.EffectiveRule;
import org.comity.domain.EndReason;
import org.comity.domain.Episode;
import org.comity.domain.Instrument;
import org.comity.domain.JoinMeans;
import org.comity.domain.MemberCount;
import org.comity.domain.MemberList;
import org.comity.domain.RecordCheck;
import org.comity.domain.IdKind;
import org.comity.domain.InstrumentKind;
import org.comity.domain.JoinedBy;
import org.comity.domain.OrgKind;
import org.comity.domain.Organization;
import org.comity.domain.ReplacedId;
import org.comity.domain.ReplacementReason;
import org.comity.domain.Role;
import org.comity.domain.Section;
import org.comity.domain.Source;
import org.comity.domain.SourceKind;
import org.comity.domain.StateKind;
import org.comity.domain.StatusFlag;
import org.comity.domain.State;
import org.comity.domain.UnStatus;
import org.comity.domain.UnSystem;
import org.comity.domain.WithdrawalRule;

/** The layout of every file of the curated dataset (docs/data-format.md describes the same). */
public final class Tables {

    private Tables() {}

    public static final Table<Source> SOURCES = new Table<>("sources.csv",
            cols("id,url,title,publisher,published,seen,kind"),
            s -> cells(s.id(), s.url(), s.title(), s.publisher(), s.published(), s.seen(), s.kind()),
            r -> new Source(r.text("id"), r.required("url"), r.required("title"), r.text("publisher"),
                    r.date("published"), requiredDay(r, "seen"), r.requiredCode("kind", SourceKind.class)));

    public static final Table<Organization> ORGANIZATIONS = new Table<>("organizations.csv",
            cols("id,name_en,name_zh,acronym,kind,joined_by,un_system,parent,parent_note,parent_note_zh,category,founded,"
                    + "headquarters,headquarters_zh,website,wikidata,sources"),
            o -> cells(o.id(), o.nameEn(), o.nameZh(), o.acronym(), o.kind(), o.joinedBy(), o.unSystem(), o.parent(),
                    o.parentNote(), o.parentNoteZh(), o.category(), o.founded(), o.headquarters(), o.headquartersZh(), o.website(),
                    o.wikidata(), o.sources()),
            r -> new Organization(r.required("id"), r.required("name_en"), r.required("name_zh"), r.text("acronym"),
                    r.requiredCode("kind", OrgKind.class), r.requiredCode("joined_by", JoinedBy.class),
                    r.requiredCode("un_system", UnSystem.class), r.text("parent"), r.text("parent_note"),
                    r.requiredCode("category", Category.class), r.year("founded"), r.text("headquarters"),
                    r.text("website"), r.text("wikidata"), r.list("sources"), r.text("headquarters_zh"), r.text("parent_note_zh")));

    public static final Table<Alias> ALIASES = new Table<>("aliases.csv",
            cols("org,lang,alias,type,sources"),
            a -> cells(a.org(), a.lang(), a.alias(), a.type(), a.sources()),
            r -> new Alias(r.required("org"), r.required("lang"), r.required("alias"),
                    r.requiredCode("type", AliasType.class), r.list("sources")));

    public static final Table<State> STATES = new Table<>("states.csv",
            cols("iso3,cow_code,name_en,name_zh,un_status,kind,sources"),
            s -> cells(s.iso3(), s.cowCode(), s.nameEn(), s.nameZh(), s.unStatus(), s.kind(), s.sources()),
            r -> new State(r.required("iso3"), r.integer("cow_code"), r.required("name_en"), r.required("name_zh"),
                    r.requiredCode("un_status", UnStatus.class), r.requiredCode("kind", StateKind.class), r.list("sources")));

    public static final Table<Instrument> INSTRUMENTS = new Table<>("instruments.csv",
            cols("id,actor,kind,title,title_zh,citation,date,sources"),
            i -> cells(i.id(), i.actor(), i.kind(), i.title(), i.titleZh(), i.citation(), i.date(), i.sources()),
            r -> new Instrument(r.required("id"), r.required("actor"), r.requiredCode("kind", InstrumentKind.class),
                    r.required("title"), r.text("title_zh"), r.text("citation"), requiredDate(r, "date"), r.list("sources")));

    public static final List<String> ACTION_COLUMNS = cols("seq,section,org,action,announced,notice,effective,rule,flags,note,sources");

    /** The actions of one instrument live in {@code actions/<instrument id>.csv}, in the act's own order. */
    public static Table<Action> actions(Instrument instrument) {
        return new Table<>("actions/" + instrument.id() + ".csv", ACTION_COLUMNS,
                a -> cells(a.seq(), a.section(), a.org(), a.type(), a.announced(), a.notice(), a.effective(), a.rule(),
                        a.flags(), a.note(), a.sources()),
                r -> new Action(instrument.id(), requiredInt(r, "seq"), instrument.actor(), r.code("section", Section.class),
                        r.required("org"), r.requiredCode("action", ActionType.class), r.date("announced"),
                        r.date("notice"), r.date("effective"), orUnknown(r.code("rule", EffectiveRule.class)),
                        r.codes("flags", StatusFlag.class), r.text("note"), r.list("sources")));
    }

    public static final Table<MemberList> MEMBER_LISTS = new Table<>("member-lists.csv",
            cols("org,follows,complete_from,counted,checked,note,sources"),
            l -> cells(l.org(), l.follows(), l.completeFrom(), l.counted(), l.checked(), l.note(), l.sources()),
            r -> new MemberList(r.required("org"), r.list("follows"), r.date("complete_from"),
                    countedRoles(r), requiredDay(r, "checked"), r.text("note"), r.list("sources")));

    public static final List<String> MEMBER_COLUMNS = cols("state,role,start,end,end_reason,deposited,means,note,sources");

    /** The members of one body live in {@code members/<org id>.csv}, sorted by state, then start. */
    public static Table<Episode> members(MemberList list) {
        return new Table<>("members/" + list.org() + ".csv", MEMBER_COLUMNS,
                e -> cells(e.state(), e.role(), e.start(), e.end(), e.endReason(), e.deposited(), e.means(), e.note(), e.sources()),
                r -> new Episode(r.required("state"), list.org(), r.requiredCode("role", Role.class), requiredDate(r, "start"),
                        r.date("end"), r.code("end_reason", EndReason.class), r.date("deposited"), r.code("means", JoinMeans.class),
                        r.text("note"), r.list("sources")));
    }

    public static final Table<MemberCount> MEMBER_COUNTS = new Table<>("member-counts.csv",
            cols("org,on,count,roles,definition,sources"),
            c -> cells(c.org(), c.on(), c.count(), c.roles(), c.definition(), c.sources()),
            r -> new MemberCount(r.required("org"), requiredDay(r, "on"), requiredInt(r, "count"), r.codes("roles", Role.class),
                    r.required("definition"), r.list("sources")));

    public static final Table<RecordCheck> CHECKS = new Table<>("checks.csv",
            cols("org,checked,scope,finding,sources"),
            c -> cells(c.org(), c.checked(), c.scope(), c.finding(), c.sources()),
            r -> new RecordCheck(r.required("org"), requiredDay(r, "checked"), r.required("scope"), r.required("finding"),
                    r.list("sources")));

    /** Roles a body counts as members: as listed, else every role {@link Role#countedByDefault() counted by default}. */
    private static List<Role> countedRoles(Row r) {
        return r.codes("counted", Role.class);
    }

    public static final Table<WithdrawalRule> WITHDRAWAL_RULES = new Table<>("withdrawal-rules.csv",
            cols("org,treaty,treaty_zh,article,article_zh,notice_period,rule,conditions,conditions_zh,sources"),
            w -> cells(w.org(), w.treaty(), w.treatyZh(), w.article(), w.articleZh(), w.noticePeriod(), w.rule(), w.conditions(),
                    w.conditionsZh(), w.sources()),
            r -> new WithdrawalRule(r.required("org"), r.text("treaty"), r.text("article"), r.period("notice_period"),
                    r.requiredCode("rule", EffectiveRule.class), r.text("conditions"), r.list("sources"),
                    r.text("treaty_zh"), r.text("article_zh"), r.text("conditions_zh")));

    public static final Table<Claim> CLAIMS = new Table<>("claims.csv",
            cols("id,document,quote,text_en,expected,unit,sources"),
            c -> cells(c.id(), c.document(), c.quote(), c.textEn(), c.expected(), c.unit(), c.sources()),
            r -> new Claim(r.required("id"), r.required("document"), r.required("quote"), r.required("text_en"),
                    r.required("expected"), r.requiredCode("unit", ClaimUnit.class), r.list("sources")));

    /** How each claim is checked ({@link ClaimCheckRows}: the method's parameters are checked as the row is read). */
    public static final Table<ClaimCheck> CLAIM_CHECKS = new Table<>("claim-checks.csv",
            cols("claim,method,params,compare,tolerance,tolerance_zh,definition,definition_zh,sources"), ClaimCheckRows::cells, ClaimCheckRows::parse);

    public static final Table<ReplacedId> REPLACED_IDS = new Table<>("replaced-ids.csv",
            cols("old_id,kind,new_id,date,reason,sources"),
            x -> cells(x.oldId(), x.kind(), x.newId(), x.date(), x.reason(), x.sources()),
            r -> new ReplacedId(r.required("old_id"), r.requiredCode("kind", IdKind.class), r.required("new_id"),
                    requiredDay(r, "date"), r.requiredCode("reason", ReplacementReason.class), r.list("sources")));

    private static List<String> cols(String header) {
        return List.of(header.split(","));
    }

    private static List<String> cells(Object... values) {
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) out.add(cell(v));
        return out;
    }

    /** How a value is written in a cell: codes for enums, {@code |} between list items, empty for null. */
    static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Coded c) return c.code();
        if (v instanceof List<?> l) return String.join(Row.LIST_SEPARATOR, l.stream().map(Tables::cell).toList());
        return v.toString();
    }

    private static int requiredInt(Row r, String column) {
        r.required(column);
        return r.integer(column);
    }

    private static org.comity.domain.PartialDate requiredDate(Row r, String column) {
        r.required(column);
        return r.date(column);
    }

    private static LocalDate requiredDay(Row r, String column) {
        r.required(column);
        return r.day(column);
    }

    private static EffectiveRule orUnknown(EffectiveRule rule) {
        return rule == null ? EffectiveRule.UNKNOWN : rule;
    }

    /**
     * The longest value each column may hold, in characters: the one declaration of column limits. The
     * validator checks every cell against it before anything is written, and the store's columns have no
     * limits of their own (V11__limits_in_tables.sql), so an insert can never fail half-way on a length.
     */
    private static final java.util.Map<String, Integer> MAX_LENGTH = limits(
            "url=2000,title=1000,title_zh=1000,publisher=500,citation=1000,name_en=500,name_zh=500,acronym=100,"
            + "kind=50,category=50,joined_by=20,un_system=20,un_status=20,lang=20,type=20,role=20,end_reason=20,unit=20,"
            + "parent=100,parent_note=1000,headquarters=200,parent_note_zh=1000,headquarters_zh=200,treaty_zh=1000,article_zh=200,conditions_zh=2000,definition_zh=1000,website=500,wikidata=20,sources=10000,id=100,org=100,"
            + "instrument=100,actor=3,iso3=3,state=3,cow_code=10,seq=10,section=10,action=30,rule=30,note=2000,"
            + "flags=200,alias=500,document=100,quote=1000,text_en=2000,expected=100,means=30,follows=1000,"
            + "counted=200,roles=200,count=10,definition=1000,scope=2000,finding=2000,treaty=1000,article=200,"
            + "notice_period=20,conditions=2000,founded=10,published=13,seen=13,date=13,start=13,end=13,"
            + "deposited=13,announced=13,notice=13,effective=13,on=13,checked=13,complete_from=13,ioname=50,"
            + "old_id=100,new_id=100");

    /** A column not named above (a note-like text of a mapping file) may hold this much. */
    public static final int DEFAULT_MAX_LENGTH = 2000;

    /** The longest value {@code column} may hold. */
    public static int maxLength(String column) {
        return MAX_LENGTH.getOrDefault(column, DEFAULT_MAX_LENGTH);
    }

    private static java.util.Map<String, Integer> limits(String spec) {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (String kv : spec.split(",")) m.put(kv.substring(0, kv.indexOf('=')), Integer.parseInt(kv.substring(kv.indexOf('=') + 1)));
        return java.util.Map.copyOf(m);
    }

    /** Tables that may legitimately hold no rows yet; any other file with a header and nothing else is refused. */
    public static final java.util.Set<String> MAY_BE_EMPTY = java.util.Set.of("checks.csv", "member-counts.csv", "replaced-ids.csv");

    /** Used by tests and the validator to list every fixed table. */
    public static List<Table<?>> fixed() {
        return Arrays.asList(SOURCES, ORGANIZATIONS, ALIASES, STATES, INSTRUMENTS, MEMBER_LISTS, MEMBER_COUNTS,
                WITHDRAWAL_RULES, CHECKS, CLAIMS, CLAIM_CHECKS, REPLACED_IDS);
    }
}
