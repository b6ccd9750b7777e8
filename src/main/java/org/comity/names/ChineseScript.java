package org.comity.names;

import com.github.houbb.opencc4j.core.ZhConvert;
import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.support.segment.impl.CharSegment;

/**
 * Simplified/traditional Chinese, through opencc4j (a maintained OpenCC port) rather than our own tables.
 * Character by character: phrase segmentation costs half a second at start-up and changes nothing for
 * organization and state names, whose few one-to-many characters (乾/干, 後/后) are not at stake here.
 */
public final class ChineseScript {

    private static final ZhConvert CONVERTER = ZhConvertBootstrap.newInstance(new CharSegment());

    private ChineseScript() {}

    public static String toSimplified(String text) {
        return CONVERTER.toSimple(text);
    }

    /** Whether converting to simplified script would leave the text unchanged (it holds no traditional forms). */
    public static boolean isSimplified(String text) {
        return toSimplified(text).equals(text);
    }

    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
