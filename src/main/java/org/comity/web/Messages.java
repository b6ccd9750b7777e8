package org.comity.web;

import java.util.Map;

/** The words of the site in English and Chinese. A missing key shows itself, so a test catches it. */
final class Messages {

    private Messages() {}

    private static final Map<String, String[]> M = Map.ofEntries(
            e("tagline", "Who belongs to which international organization, who is leaving, and when each exit takes legal effect.",
                    "谁属于哪个国际组织、谁正在退出、每项退出何时在法律上生效。"),
            e("home", "Home", "首页"),
            e("claims", "Claims", "核查"),
            e("read", "Read a text", "读新闻"),
            e("api", "API", "API"),
            e("search", "Search", "搜索"),
            e("search.placeholder", "Organization or state, any language", "组织或国家名称（中英文均可）"),
            e("organizations", "organizations", "个组织"),
            e("un", "UN entities", "联合国实体"),
            e("non-un", "Other organizations", "非联合国组织"),
            e("un.short", "UN", "联合国"),
            e("non-un.short", "non-UN", "非联合国"),
            e("why.announced", "No formal notice of withdrawal is recorded yet. Under %s the exit takes effect %s.",
                    "尚未记录正式退出通知。根据%s，退出将于%s生效。"),
            e("why.withdrawing", "Notice was received on %s; under %s the exit takes effect on %s.",
                    "通知于%s送达；根据%s，退出于%s生效。"),
            e("period", "Notice period", "通知期"),
            e("year", "Year", "年份"),
            e("contributions", "Contributions to UN-system organizations", "对联合国系统组织的捐款"),
            e("funding.share.gov.system", "of all government donors' contributions to the UN system", "占全部政府捐助方对联合国系统捐款的比例"),
            e("funding.note", "UN System Chief Executives Board statistics, revenue by year; the share is of the organization's total revenue.",
                    "数据来自联合国系统行政首长协调理事会的财务统计；占比的分母为该组织的总收入。"),
            e("funding.others", "all others", "其他来源"),
            e("funding.total", "Total revenue", "总收入"),
            e("funding.assessed", "Assessed", "分摊会费"),
            e("funding.core", "Voluntary core", "自愿核心捐款"),
            e("funding.earmarked", "Voluntary earmarked", "指定用途自愿捐款"),
            e("funding.share", "Share of revenue", "占总收入比例"),
            e("funding.share.gov", "Share of government donors", "占政府捐助方比例"),
            e("funding.risk", "Funding at risk", "受影响的资金"),
            e("funding.risk.note", "What %s gave each organization the act names, as a share of its total revenue; %s in all.",
                    "%s向该文件所列各组织提供的资金及其占该组织总收入的比例；合计%s。"),
            e("funding.lacking", "Organizations without funding figures", "没有资金数据的组织"),
            e("claims.lede", "Each checkable statement of the Yicai article of 8 Jan 2026, checked against the data, with the computation.",
                    "第一财经2026年1月8日报道中每一项可核查的说法，均以数据核对，并给出计算过程。"),
            e("claim", "Claim", "说法"),
            e("expected", "Article says", "报道称"),
            e("computed", "Data says", "数据显示"),
            e("verdict", "Verdict", "结论"),
            e("how", "How it was checked", "核查方法"),
            e("read.lede", "Paste a news story or an official list in Chinese or English: every organization it names is found, linked and shown with the US status today.",
                    "粘贴一篇中文或英文新闻或官方名单：文中提到的每个组织都会被识别、链接，并显示美国今日的状态。"),
            e("read.link", "Find the organizations", "识别组织"),
            e("read.example", "Try an example", "试用示例"),
            e("read.seed", "The Yicai article of 8 Jan 2026", "第一财经2026年1月8日的报道"),
            e("read.found", "mentions", "处提及"),
            e("read.text", "In the text", "原文"),
            e("read.ambiguous", "Ambiguous:", "有歧义："),
            e("all", "All", "全部"),
            e("section", "Section", "类别"),
            e("category", "Category", "领域"),
            e("kind", "Kind", "类型"),
            e("status", "Status", "状态"),
            e("status.today", "Status today", "今日状态"),
            e("filter", "Filter", "筛选"),
            e("organization", "Organization", "组织"),
            e("name.en", "English name", "英文名称"),
            e("name.zh", "Chinese name", "中文名称"),
            e("aliases", "Other names", "其他名称"),
            e("parent", "Part of", "上级机构"),
            e("joined.by", "How states belong", "成员方式"),
            e("un.system", "UN system", "联合国系统"),
            e("founded", "Founded", "成立"),
            e("headquarters", "Headquarters", "总部"),
            e("website", "Website", "网站"),
            e("clause", "Withdrawal clause", "退出条款"),
            e("no.clause", "No withdrawal clause is recorded.", "尚未记录退出条款。"),
            e("record.of", "Record of", "记录："),
            e("date", "Date", "日期"),
            e("action", "Action", "行动"),
            e("instrument", "Legal act", "法律文件"),
            e("notice", "Notice", "通知"),
            e("effective", "Effective", "生效"),
            e("rule", "Rule", "规则"),
            e("source", "Source", "来源"),
            e("sources", "Sources", "来源"),
            e("since", "since", "自"),
            e("members.over.time", "Members over time", "成员数量变化"),
            e("other.states", "Other states' exits", "其他国家的退出"),
            e("none", "None recorded.", "暂无记录。"),
            e("timeline", "US exits and returns since 2017", "2017年以来美国的退出与重返"),
            e("changed.since", "What changed since", "自该日期以来的变化"),
            e("show", "Show", "显示"),
            e("change", "Change", "变化"),
            e("memberships.on", "Memberships on", "成员资格，日期："),
            e("exits.returns", "Exits and returns", "退出与重返"),
            e("download", "Download", "下载"),
            e("funding", "Funding", "资金"),
            e("funding.none", "No funding data for this organization yet.", "暂无该组织的资金数据。"),
            e("state", "State", "国家"),
            e("role", "Role", "身份"),
            e("results", "Results for", "搜索结果："),
            e("no.results", "Nothing matches.", "没有匹配的结果。"),
            e("did.you.mean", "Did you mean", "您是不是要找"),
            e("not.found", "Not found", "未找到"),
            e("data.note", "Every fact links to its source. Data: curated files (see the API) and, where imported, the Correlates of War IGO data.",
                    "每项事实均附来源链接。数据：人工整理的数据集，以及导入的战争相关因素（COW）国际组织数据。"),
            e("data", "Data & releases", "数据与版本"),
            e("data.intro", "The whole dataset, dated and versioned: a Frictionless Data Package (CSV tables with their schema), "
                    + "the same tables as one SQLite file, and what changed since the release before, fact by fact. Licence:",
                    "完整数据集，按日期和版本发布：Frictionless 数据包（CSV 表格及其结构说明）、同样内容的 SQLite 文件，以及与上一版本相比逐条列出的变化。许可："),
            e("data.none", "No release has been made yet (comity release DIR).", "尚未发布任何版本（comity release DIR）。"),
            e("data.latest", "Latest release", "最新版本"),
            e("data.earlier", "Earlier releases", "以往版本"),
            e("data.version", "Version", "版本"),
            e("data.date", "Released", "发布日期"),
            e("data.changes", "Facts added ~changed −removed", "新增 ~修改 −删除的条目"),
            e("cite", "Cite this page", "引用本页"),
            e("members.note", "Curated record where it exists; Correlates of War (yearly, to 2014) elsewhere.",
                    "优先采用人工整理的记录；其余为战争相关因素（COW）年度数据（至2014年）。"));

    private static Map.Entry<String, String[]> e(String key, String en, String zh) {
        return Map.entry(key, new String[] {en, zh});
    }

    static String t(Lang lang, String key) {
        String[] v = M.get(key);
        if (v == null) return "??" + key + "??";
        return lang == Lang.ZH ? v[1] : v[0];
    }

    /** Words for status codes, kinds and categories; the code itself where no word is set. */
    static String code(Lang lang, String code) {
        if (code == null) return "";
        String[] v = CODES.get(code);
        return v == null ? code : lang == Lang.ZH ? v[1] : v[0];
    }

    private static final Map<String, String[]> CODES = Map.ofEntries(
            e("member", "member", "成员"), e("announced", "exit announced", "已宣布退出"),
            e("withdrawing", "withdrawing", "退出中"), e("withdrawn", "withdrawn", "已退出"),
            e("not-member", "not a member", "非成员"), e("participating", "participating", "参与中"),
            e("ceased", "participation ceased", "已停止参与"), e("unknown", "unknown", "未知"),
            e("climate-environment", "climate & environment", "气候与环境"),
            e("economy-trade-energy", "economy, trade & energy", "经济、贸易与能源"),
            e("development-social-culture", "development, society & culture", "发展、社会与文化"),
            e("politics-security-law", "politics, security & law", "政治、安全与法律"),
            e("science-research", "science & research", "科学与研究"),
            e("withdraw", "withdraw", "退出"), e("cease-funding", "cease funding", "停止资助"),
            e("cease-participation", "cease participation", "停止参与"), e("review", "review", "审查"),
            e("rejoin", "rejoin", "重新加入"), e("retract", "retract notice", "撤回通知"), e("suspend", "suspend", "暂停"),
            e("joined", "joined", "加入"), e("rejoined", "rejoined", "重新加入"), e("left", "left", "退出生效"),
            e("retracted", "retracted", "撤回"),
            e("confirmed", "confirmed", "属实"), e("contradicted", "contradicted", "与数据不符"), e("unverifiable", "unverifiable", "无法核实"),
            e("members", "as members", "成员国"), e("parties", "as parties to a treaty", "缔约方"),
            e("participants", "as participants", "参与方"), e("elected", "by election to seats", "选举席位"),
            e("un-entity", "part of the UN system", "联合国系统实体"), e("related", "UN-related organization", "联合国相关组织"),
            e("linked", "linked to UN bodies", "与联合国机构相关"), e("none", "no membership", "无成员资格"),
            e("one-year-after-notice", "one year after notice", "通知后一年"),
            e("after-notice-period", "after the notice period", "通知期满后"),
            e("end-of-following-year", "31 December of the following year", "次年12月31日"),
            e("end-of-same-year", "31 December of the same year", "当年12月31日"),
            e("immediate", "immediately", "立即"), e("as-stated", "as stated", "按文件所定"));
}
