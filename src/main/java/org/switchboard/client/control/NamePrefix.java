package org.switchboard.client.control;

import java.util.Locale;

/**
 * What a person typed to find candidates by the start of their name, as a LIKE pattern on the
 * lower-case name key. LIKE's own wildcards are taken literally: "50%" finds names starting with
 * "50%", never every name starting with "50".
 */
public final class NamePrefix {

    /** Longer text is refused (an input's maxlength is no check: a post can carry anything). */
    public static final int MAX_LENGTH = 200;
    /** Shorter text matches too much of a large portal to be worth a search. */
    public static final int MIN_LENGTH = 2;

    private NamePrefix() {
    }

    public static boolean isTooLong(String typed) {
        return typed != null && typed.length() > MAX_LENGTH;
    }

    public static boolean isTooShort(String typed) {
        return typed == null || typed.strip().length() < MIN_LENGTH;
    }

    /** The pattern for {@code like :pattern}: backslash is LIKE's default escape in H2 and PostgreSQL alike. */
    public static String likePattern(String typed) {
        String key = typed.strip().toLowerCase(Locale.ROOT);
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
