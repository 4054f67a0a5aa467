package org.switchboard.identity.control;

import org.switchboard.identity.entity.ClientScope;

import java.util.Set;

/**
 * Which client accounts one portal membership reaches. A membership (or its person) that is not
 * active reaches nothing; ALL reaches every client the portal owns; ASSIGNED only those assigned
 * that the portal still owns (a client that moved to another portal drops out at once).
 */
public record PortalReach(long portalId, boolean active, ClientScope scope, Set<Long> assignedClientIds) {

    public PortalReach {
        assignedClientIds = Set.copyOf(assignedClientIds);
    }

    public boolean reaches(long clientId, Long clientPortalId) {
        if (!active || clientPortalId == null || clientPortalId != portalId) {
            return false;
        }
        return scope == ClientScope.ALL || assignedClientIds.contains(clientId);
    }
}
