package org.switchboard.platform.kernel;

import java.util.Locale;

/**
 * How Switchboard names an enum's value to other systems (the API, webhook payloads): the constant
 * in lower case, e.g. past_due. One rule, so a partner reads one spelling everywhere.
 */
public final class WireName {

    private WireName() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
