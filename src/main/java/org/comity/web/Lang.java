package org.comity.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The language of a page: {@code ?lang=} when given (and then remembered in a cookie), else the cookie,
 * else the browser's Accept-Language, else English.
 */
enum Lang {
    EN("en"), ZH("zh");

    final String code;

    Lang(String code) {
        this.code = code;
    }

    static Lang of(Context ctx) {
        String prefix = prefix(ctx.path());
        String asked = prefix != null ? prefix : ctx.queryParam("lang");
        if (asked != null && (asked.equals("en") || asked.equals("zh"))) {
            ctx.cookie("lang", asked, 365 * 24 * 3600);
            return asked.equals("zh") ? ZH : EN;
        }
        String cookie = ctx.cookie("lang");
        if (cookie != null) return "zh".equals(cookie) ? ZH : EN;
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            for (String part : accept.split(",")) {
                String tag = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) return ZH;
                if (tag.startsWith("en")) return EN;
            }
        }
        return EN;
    }

    /** "zh" for /zh/orgs/who (and /zh), "en" for /en/..., null for a path without a language. */
    static String prefix(String path) {
        for (String code : new String[] {"en", "zh"}) {
            if (path.equals("/" + code) || path.startsWith("/" + code + "/")) return code;
        }
        return null;
    }

    /** The page's path without its language: /orgs/who for /zh/orgs/who, / for /zh. */
    static String unprefixed(Context ctx) {
        String path = ctx.path();
        if (prefix(path) == null) return path;
        String rest = path.substring(3);
        return rest.isEmpty() ? "/" : rest;
    }

    /** This language's words (messages/*.properties). */
    org.comity.web.view.Words words() {
        return this == ZH ? org.comity.web.view.Words.ZH : org.comity.web.view.Words.EN;
    }

    /** The name in this language, falling back to the other when it is missing. */
    String pick(String en, String zh) {
        if (this == ZH) return zh == null || zh.isBlank() ? en : zh;
        return en == null || en.isBlank() ? zh : en;
    }
}
