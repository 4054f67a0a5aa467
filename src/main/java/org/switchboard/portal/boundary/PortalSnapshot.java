package org.switchboard.portal.boundary;

import org.switchboard.account.entity.ClientStatus;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.Verification;

import java.util.Map;

/** What the Welcome page shows of a portal, counted within the person's client scope. */
public record PortalSnapshot(long portalId, String name, PortalKind kind, Verification verification,
                             boolean wholePortal, Map<ClientStatus, Long> clientsByStatus) {

    public long totalClients() {
        return clientsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long clients(ClientStatus status) {
        return clientsByStatus.getOrDefault(status, 0L);
    }
}
