package org.comity.web.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of the site in one language, read from {@code messages/en.properties} and
 * {@code messages/zh.properties} (the one home for every word a page shows), with numbers and money
 * written the way that language writes them. A missing key shows itself ({@code ??key??}) so a test catches it.
 */
public final class Words {

    public static final Words EN = new Words("en", load("en"));
    public static final Words ZH = new Words("zh", load("zh"));

    private final String code;
    private final Properties words;

    private Words(String code, Properties words) {
        this.code = code;
        this.words = words;
    }

    private static Properties load(String code) {
        String name = "/messages/" + code + ".properties";
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the jar has no " + name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "en" or "zh": the language's code in URLs and the cookie. */
    public String code() {
        return code;
    }

    public boolean zh() {
        return code.equals("zh");
    }

    /** The {@code lang} attribute of the page's html element. */
    public String htmlLang() {
        return zh() ? "zh-Hans" : "en";
    }

    /** The other language's code: the {@code lang} of a name shown beside the page's own. */
    public String otherLang() {
        return zh() ? "en" : "zh";
    }

    public String t(String key) {
        String v = words.getProperty(key);
        return v == null ? "??" + key + "??" : v;
    }

    /** A sentence with its %s places filled in order. */
    public String f(String key, Object... args) {
        return String.format(Locale.ROOT, t(key), args);
    }

    /** The words for a code of a vocabulary (status, kind, role, rule, category, action); the code itself where none is set. */
    public String code(String code) {
        if (code == null) return "";
        String v = words.getProperty("code." + code);
        return v == null ? code : v;
    }

    /** The name in this language, falling back to the other when it is missing. */
    public String pick(String en, String zh) {
        if (zh()) return zh == null || zh.isBlank() ? en : zh;
        return en == null || en.isBlank() ? zh : en;
    }

    /** "en" when {@link #pick} falls back to the English on the Chinese site (the name is marked as English), else null. */
    public String pickLang(String en, String zh) {
        return zh() && (zh == null || zh.isBlank()) && en != null && !en.isBlank() ? "en" : null;
    }

    /** Money as people write it: US$2.52 bn, US$16.0 m in English; 25.2亿美元, 1600万美元 in Chinese. */
    public String usd(BigDecimal v) {
        if (v == null) return "";
        double x = v.doubleValue();
        if (zh()) {
            if (Math.abs(x) >= 1e8) return trim(String.format(Locale.ROOT, "%.2f", x / 1e8)) + "亿美元";
            if (Math.abs(x) >= 1e4) return trim(String.format(Locale.ROOT, "%.1f", x / 1e4)) + "万美元";
            return NumberFormat.getIntegerInstance(Locale.ROOT).format(Math.round(x)) + "美元";
        }
        if (Math.abs(x) >= 1e9) return String.format(Locale.ROOT, "US$%.2f bn", x / 1e9);
        if (Math.abs(x) >= 1e6) return String.format(Locale.ROOT, "US$%.1f m", x / 1e6);
        return "US$" + NumberFormat.getIntegerInstance(Locale.ROOT).format(Math.round(x));
    }

    /** A share (0.2797) as a percentage with one decimal (28.0%). */
    public String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String trim(String decimal) {
        return decimal.contains(".") ? decimal.replaceFirst("0+$", "").replaceFirst("\\.$", "") : decimal;
    }
}
