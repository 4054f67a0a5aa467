package org.switchboard.invitation.entity;

/** What accepting an invitation does. */
public enum InvitationKind {
    /** A client admin invites a partner to manage the client from the partner's portal. */
    PARTNER,
    /** A portal admin invites a person to the portal's people. */
    PORTAL_USER
}
