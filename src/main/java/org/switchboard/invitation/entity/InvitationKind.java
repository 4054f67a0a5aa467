package org.switchboard.invitation.entity;

/** What accepting an invitation does. */
public enum InvitationKind {
    /** A client admin invites a partner to manage the client from the partner's portal. */
    PARTNER,
    /** A portal admin invites a person without a login to the portal's people: they choose a password. */
    PORTAL_USER,
    /** A portal admin invites a login that exists already: it joins the portal only by accepting. */
    PORTAL_JOIN,
    /** A client's admin (or a partner provisioning it) invites a login that exists already to the account. */
    CLIENT_JOIN;

    /** Whether accepting joins an existing login to an account, rather than making a login or linking a partner. */
    public boolean isJoin() {
        return this == PORTAL_JOIN || this == CLIENT_JOIN;
    }
}
