package org.comity.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comity.App;
import org.comity.api.Json;
import org.comity.claims.ClaimAnswer;
import org.comity.claims.ClaimsQuestion;
import org.comity.claims.Verdict;
import org.comity.domain.ClaimUnit;
import org.comity.funding.FundingHolder;
import org.comity.web.view.Card;
import org.comity.web.view.ClaimsView;
import org.comity.web.view.Fact;
import org.comity.web.view.Link;
import org.comity.web.view.Words;

/** The seed article's claims, each with the data's verdict, the tolerance and the computation behind it. */
final class ClaimsPage {

    private final App app;
    private final FundingHolder funding;

    ClaimsPage(App app, FundingHolder funding) {
        this.app = app;
        this.funding = funding;
    }

    void render(Context ctx) {
        Lang lang = Lang.of(ctx);
        Words w = lang.words();
        var s = app.snapshots().get();
        List<ClaimAnswer> claims = ClaimsQuestion.answer(s, funding.get(), null);
        var article = s.dataset().sources().stream().filter(x -> "yicai-2026-01-08".equals(x.id())).findFirst().orElse(null);
        long confirmed = claims.stream().filter(c -> c.result().verdict() == Verdict.CONFIRMED).count();
        long contradicted = claims.stream().filter(c -> c.result().verdict() == Verdict.CONTRADICTED).count();
        List<Card> verdicts = List.of(new Card(confirmed, null, "confirmed"), new Card(contradicted, null, "contradicted"),
                new Card(claims.size() - confirmed - contradicted, null, "unverifiable"));
        ClaimWords words = new ClaimWords(w, s.dataset());
        List<ClaimsView.Claim> rows = new ArrayList<>();
        for (ClaimAnswer c : claims) {
            String verdict = c.result().verdict().code();
            ClaimUnit unit = c.claim().unit();
            rows.add(new ClaimsView.Claim(c.claim().id(), verdict, c.claim().quote(), w.zh() ? null : c.claim().textEn(),
                    shown(w, words, unit, c.claim().expected()),
                    c.result().said() != null ? words.said(c.result().said()) : shown(w, words, unit, c.result().computed()),
                    w.t("verdict.means." + verdict), c.check() == null ? null : c.check().definition(w.zh()),
                    c.check() == null ? null : c.check().tolerance(w.zh()), computation(w, words, c.result().computation()),
                    Json.pretty(c.result().computation()), c.claim().sources()));
        }
        ClaimsView view = new ClaimsView(Layout.frame(ctx, lang, w.t("claims"), w.t("claims.lede"), List.of(), "/api/claims", "/download/claims.csv"),
                article == null ? null : new Link(article.url(), article.title()), article == null ? null : article.publisher(),
                article == null ? null : String.valueOf(article.published()), verdicts, rows);
        Layout.render(ctx, "claims.jte", view);
    }

    /** A claimed or computed value on the page: a figure as {@link #value}, a text in the page's words. */
    private static Fact.Value shown(Words w, ClaimWords words, ClaimUnit unit, String raw) {
        if (raw == null) return new Fact.Value(null, null, null);
        String figure = value(w, unit, raw);
        return unit == ClaimUnit.TEXT || figure.equals(raw) ? words.text(raw) : new Fact.Value(figure, null, null);
    }

    /** A value as the claim states it: 0.2797 as 27.97%, 16000000000 as US$16 bn (160亿美元); other values as they are. */
    static String value(Words w, ClaimUnit unit, String raw) {
        if (raw == null || unit == null) return raw;
        BigDecimal n;
        try {
            n = new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            return raw; // "no exit recorded", a list of dates: words, not a figure
        }
        switch (unit) {
            case PERCENT:
                // a computed share has many digits: two decimals of a percent, as the article's own figures
                BigDecimal share = n.scale() > 4 ? n.setScale(4, java.math.RoundingMode.HALF_UP) : n;
                return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            case USD:
                if (w.zh()) return w.usd(n);
                double x = n.doubleValue();
                if (Math.abs(x) >= 1e9) return "US$" + n.movePointLeft(9).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " bn";
                if (Math.abs(x) >= 1e6) return "US$" + n.movePointLeft(6).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " m";
                return w.usd(n);
            default:
                return raw;
        }
    }

    /** A computation's key in words ("numerator" 分子); the key itself where no word is set. */
    private static String label(Words w, String key) {
        if (key.startsWith("status_on_")) return w.f("computation.status_on", key.substring("status_on_".length()));
        String t = w.t("computation." + key);
        return t.startsWith("??") ? key.replace('_', ' ') : t;
    }

    /** The computation's figures (numerator, denominator, year, filters) as a small table; nested parts stay in the JSON. */
    private static List<Fact> computation(Words w, ClaimWords words, Map<String, Object> computation) {
        List<Fact> facts = new ArrayList<>();
        if (computation == null) return facts;
        computation.forEach((k, v) -> {
            if (v == null || k.equals("definition") || k.equals("method")) return; // said above the table
            if (v instanceof Map<?, ?> m) { // the filters: one line of "name: value"
                if (m.values().stream().anyMatch(x -> x instanceof Map || x instanceof List)) return;
                List<String> parts = new ArrayList<>();
                m.forEach((mk, mv) -> {
                    // the reason has its own line below, in the page's language
                    if ("reason_zh".equals(mk) || (w.zh() && "reason".equals(mk) && computation.containsKey("reason"))) return;
                    parts.add(words.param(String.valueOf(mk), mv));
                });
                if (parts.isEmpty()) return;
                facts.add(Fact.of(label(w, String.valueOf(k)), String.join(w.zh() ? "；" : ", ", parts)));
                return;
            }
            if (v instanceof List<?> l && (l.size() > 6 || l.stream().anyMatch(x -> x instanceof Map || x instanceof List))) return;
            if (k.equals("reason") && w.zh()) { // the row's reason_zh, a check's fixed reason in Chinese, or the English marked so
                Object zh = computation.get("filters") instanceof Map<?, ?> f ? f.get("reason_zh") : null;
                facts.add(new Fact(label(w, k), List.of(zh != null ? new Fact.Value(String.valueOf(zh), null, null) : words.text(String.valueOf(v)))));
                return;
            }
            String text = v instanceof List<?> l ? String.join(w.zh() ? "、" : ", ", l.stream().map(x -> words.name(String.valueOf(x))).toList())
                    : v instanceof Number num && Math.abs(num.doubleValue()) >= 1e6 ? w.usd(new BigDecimal(num.toString()))
                    : v instanceof String str && w.zh() ? words.text(str).text() : String.valueOf(v);
            facts.add(Fact.of(label(w, k), text));
        });
        return facts;
    }
}
