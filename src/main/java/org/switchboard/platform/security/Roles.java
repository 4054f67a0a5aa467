package org.switchboard.platform.security;

/**
 * The container roles. They are coarse on purpose: whether a person may act in a given portal or
 * client account is decided per request by the tenancy filter from live memberships, not by a role
 * frozen at login.
 */
public final class Roles {

    /** Every signed-in person. */
    public static final String USER = "user";

    /** The vendor's platform operators. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
