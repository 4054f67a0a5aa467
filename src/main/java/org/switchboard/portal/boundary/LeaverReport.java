package org.switchboard.portal.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Every way one of the portal's people can get into its clients: their reach, the memberships
 * sign-in-as made for them, and when they last entered each client. A leaver keeps none of it.
 */
public record LeaverReport(PortalPerson person, long reachableClients, List<ClientAccess> clients)
        implements Serializable {

    /** One client the person has been into or may enter. */
    public record ClientAccess(long clientId, String clientName, boolean assigned, boolean partnerMembership,
                               boolean membershipActive, Instant lastAccessAt) implements Serializable {
    }
}
