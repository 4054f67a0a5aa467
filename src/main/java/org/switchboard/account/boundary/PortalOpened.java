package org.switchboard.account.boundary;

/**
 * Fired, inside the transaction that makes it, for every new portal; the portal area observes it
 * to give the portal its demo accounts.
 */
public record PortalOpened(long portalId) {
}
