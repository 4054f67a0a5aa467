package org.switchboard.platform.tenancy;

import java.io.Serializable;
import java.util.Optional;

/** A reference to one portal or client account, safe to keep in the session and to post in a form. */
public record AccountRef(AccountKind kind, long id) implements Serializable {

    public static AccountRef portal(long id) {
        return new AccountRef(AccountKind.PORTAL, id);
    }

    public static AccountRef client(long id) {
        return new AccountRef(AccountKind.CLIENT, id);
    }

    /** The compact form used in forms and URLs, e.g. "P12" or "C4051". */
    public String key() {
        return kind.prefix() + id;
    }

    /** Parses {@link #key()}; anything malformed is simply no account. */
    public static Optional<AccountRef> parse(String key) {
        if (key == null || key.length() < 2 || key.length() > 20) {
            return Optional.empty();
        }
        for (AccountKind kind : AccountKind.values()) {
            if (key.startsWith(kind.prefix())) {
                try {
                    return Optional.of(new AccountRef(kind, Long.parseLong(key.substring(1))));
                } catch (NumberFormatException notANumber) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
