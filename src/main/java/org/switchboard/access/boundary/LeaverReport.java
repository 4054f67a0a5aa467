package org.switchboard.access.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Every way one of a portal's people can get into its clients: how many clients they reach, the
 * memberships sign-in-as made for them, and when they last entered each client. A leaver keeps
 * none of it.
 */
public record LeaverReport(long membershipId, long reachableClients, List<ClientAccess> clients)
        implements Serializable {

    /** One client the person has been into or may enter. */
    public record ClientAccess(long clientId, String clientName, boolean assigned, boolean partnerMembership,
                               boolean membershipActive, Instant lastAccessAt) implements Serializable {
    }
}
