package org.switchboard.access.boundary;

import java.io.Serializable;

/**
 * Which partner access history: every visit to a client (its admins read it), every visit by a
 * portal's people (the portal's admins), or a portal's visits to one of its clients (anyone with
 * the client in scope). The viewer is checked by {@link AccessHistory} on every read.
 */
public record HistoryScope(Long portalId, Long clientId) implements Serializable {

    public static HistoryScope ofClient(long clientId) {
        return new HistoryScope(null, clientId);
    }

    public static HistoryScope ofPortal(long portalId) {
        return new HistoryScope(portalId, null);
    }

    public static HistoryScope ofPortalClient(long portalId, long clientId) {
        return new HistoryScope(portalId, clientId);
    }
}
