package org.switchboard.platform.tenancy;


/** Who may open a page; the AccessFilter enforces it for every request, GET or form post. */
public enum PageRule {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in person. */
    SIGNED_IN,
    /** An active member of the portal the page acts in. */
    PORTAL_MEMBER,
    /** A portal admin of the portal the page acts in. */
    PORTAL_ADMIN,
    /**
     * A member of a channel-partner portal with all its clients in scope: the Earnings page, which
     * shows every client's purchases and the portal's commission.
     */
    CHANNEL_PARTNER,
    /** A member of the client the page acts in, or a partner on a visit to it. */
    CLIENT_MEMBER,
    /** A client admin of the client the page acts in, unless on a restricted partner's visit. */
    CLIENT_SETTINGS,
    /** A platform operator. */
    OPERATOR
}
