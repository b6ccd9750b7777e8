package org.comity.curation;

import java.util.Locale;

/** What an account may do: an editor proposes, a reviewer proposes and publishes, an admin manages accounts. */
public enum AccountRole {
    EDITOR, REVIEWER, ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AccountRole of(String code) {
        for (AccountRole r : values()) if (r.code().equals(code)) return r;
        throw new IllegalArgumentException("'" + code + "' is not a role (editor, reviewer, admin)");
    }
}
