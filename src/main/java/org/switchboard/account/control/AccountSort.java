package org.switchboard.account.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders the Accounts page offers, each backed by an index (portal_id, column, id). The URL
 * names them in lower case; anything else falls back to the default.
 */
public enum AccountSort {
    NAME("nameKey"),
    PLAN("planCode"),
    STATUS("status"),
    SEATS("seats"),
    USERS("usersCount"),
    OPEN_JOBS("openJobsCount"),
    CANDIDATES("recentCandidatesCount"),
    LAST_ACTIVITY("lastActivityAt"),
    CREATED("createdAt");

    public static final AccountSort DEFAULT = NAME;

    private final String attribute;

    AccountSort(String attribute) {
        this.attribute = attribute;
    }

    /** The ClientAccount attribute to order by. */
    public String attribute() {
        return attribute;
    }

    public String urlName() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<AccountSort> fromUrl(String name) {
        return Arrays.stream(values()).filter(sort -> sort.urlName().equals(name)).findFirst();
    }
}
