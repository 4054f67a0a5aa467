package org.switchboard.account.boundary;

/**
 * Fired, inside the transaction that moves it and before anything else of the move, when a client
 * account stops being managed by a portal (unlinked, or linked to another); partner access observes
 * it to end every open visit to the client.
 */
public record ClientLeftPortal(long clientId, long portalId) {
}
