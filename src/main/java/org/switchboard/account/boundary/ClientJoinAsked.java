package org.switchboard.account.boundary;

/**
 * Fired, inside the transaction that makes it, for a client membership that waits for a login's
 * owner to accept; invitations observe it and mail the owner the link to accept or decline.
 */
public record ClientJoinAsked(long clientId, long membershipId, long invitedBy) {
}
