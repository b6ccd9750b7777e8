package org.comity.dataset;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/** Simplified/traditional Chinese, through opencc4j (a maintained OpenCC port) rather than our own tables. */
public final class ChineseScript {

    private ChineseScript() {}

    public static String toSimplified(String text) {
        return ZhConverterUtil.toSimple(text);
    }

    /** Whether converting to simplified script would change the text (it holds traditional forms). */
    public static boolean isSimplified(String text) {
        return toSimplified(text).equals(text);
    }

    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
