package org.switchboard.portal.boundary;

import org.switchboard.account.entity.ClientScope;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.invitation.entity.InvitationStatus;

import java.io.Serializable;
import java.time.Instant;

/** One of a portal's people as the Setup page lists them. */
public record PortalPerson(long membershipId, long userId, String name, String email, PortalRole role,
                           ClientScope scope, int assignedClients, boolean restricted, boolean active,
                           Instant lastLoginAt, InvitationStatus invitation, boolean awaitingAcceptance)
        implements Serializable {

    /** Active, deactivated, or asked to join with a login of their own and not answered yet. */
    public String getStatusLabel() {
        return active ? "Active" : awaitingAcceptance ? "Invited, not accepted yet" : "Deactivated";
    }

    public String getScopeLabel() {
        return scope == ClientScope.ALL ? "All clients" : assignedClients + " assigned client" + (assignedClients == 1 ? "" : "s");
    }

    public String getInvitationLabel() {
        return invitation == null ? "—" : invitation.label();
    }
}
