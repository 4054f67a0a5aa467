package org.switchboard.client.boundary;

import org.switchboard.account.boundary.ClientPermissions;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.ClientLeftPortal;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientMembership;
import org.switchboard.account.entity.Portal;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.platform.kernel.Refused;

/**
 * A client account's link to the portal that manages it. A client managed by another portal moves
 * only when its own admin confirms, and its admin may cut the link at any time. Whoever loses a
 * client loses every way into it at once.
 */
@Stateless
public class PortalLink {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientPermissions permissions;

    @Inject
    ClientUsers clientUsers;

    @Inject
    ActivityLog activity;

    @Inject
    Event<ClientLeftPortal> clientLeft;

    @Inject
    AuditLog audit;

    /**
     * Puts a client no portal manages under the portal. Only for an accepted partner invitation,
     * which is the client's admin's consent: the caller has checked it.
     */
    public void link(long clientId, long portalId, long actorUserId) {
        move(em.find(ClientAccount.class, clientId), em.find(Portal.class, portalId), actorUserId);
    }

    /**
     * Asks the client's admin to move the client, managed by another portal, to this one. Only for
     * an accepted partner invitation, as {@link #link}.
     */
    public void proposeMove(long clientId, long portalId, long actorUserId) {
        ClientAccount client = em.find(ClientAccount.class, clientId);
        Portal portal = em.find(Portal.class, portalId);
        client.proposeMoveTo(portal);
        audit.record(AuditEvent.of(AuditType.CLIENT_MOVE_PROPOSED).actor(actorUserId).client(clientId)
                .portal(portalId).detail("From " + client.getPortal().getName() + " to " + portal.getName()));
    }

    /** The client's admin confirms the move its partner's new portal asked for. */
    public void confirmMove(long clientId, long actorUserId) {
        permissions.requireClientsOwnAdmin(actorUserId, clientId);
        ClientAccount client = em.find(ClientAccount.class, clientId);
        if (client.getPendingPortal() == null) {
            throw new Refused("No portal is waiting to manage this account.");
        }
        move(client, client.getPendingPortal(), actorUserId);
    }

    public void declineMove(long clientId, long actorUserId) {
        permissions.requireClientsOwnAdmin(actorUserId, clientId);
        ClientAccount client = em.find(ClientAccount.class, clientId);
        if (client.getPendingPortal() != null) {
            audit.record(AuditEvent.of(AuditType.CLIENT_MOVE_DECLINED).actor(actorUserId).client(clientId)
                    .portal(client.getPendingPortal().getId()));
            client.proposeMoveTo(null);
        }
    }

    /**
     * The client stops its partner managing it: the portal loses every way in at once. Its own
     * admins also say whether the people the partner added during visits stay.
     */
    public void unlink(long clientId, long actorUserId, boolean deactivateAddedByPartner) {
        permissions.requireClientsOwnAdmin(actorUserId, clientId);
        ClientAccount client = em.find(ClientAccount.class, clientId);
        if (client.getPortal() == null) {
            throw new Refused("No partner portal manages this account.");
        }
        move(client, null, actorUserId);
        if (deactivateAddedByPartner) {
            clientUsers.deactivateAddedByPartner(clientId, actorUserId);
        }
    }

    /**
     * Puts the client under another portal (or none). The old portal's people lose it at once:
     * open visits end, the memberships sign-in-as made are deactivated, assignments go, and the
     * portal-wide lists' copies of the client's portal follow. Partner login is off until the
     * client's admin turns it on for the new partner.
     */
    private void move(ClientAccount client, Portal portal, long actorUserId) {
        Long oldPortalId = client.getPortal() == null ? null : client.getPortal().getId();
        long clientId = client.getId();
        if (oldPortalId != null) {
            clientLeft.fire(new ClientLeftPortal(clientId, oldPortalId));
        }
        em.createQuery("select m from ClientMembership m where m.client.id = :client and m.partnerPortalId is not null "
                        + "and m.active = true", ClientMembership.class)
                .setParameter("client", clientId)
                .getResultList()
                .forEach(ClientMembership::deactivate);
        em.createNativeQuery("DELETE FROM portal_membership_client WHERE client_id = ?1").setParameter(1, clientId)
                .executeUpdate();
        Long newPortalId = portal == null ? null : portal.getId();
        for (String table : new String[]{"job", "activity_event"}) {
            // A typed NULL in the SQL itself: a bound null is sent as text, which PostgreSQL refuses for a bigint.
            var rewrite = newPortalId == null
                    ? em.createNativeQuery("UPDATE " + table + " SET portal_id = NULL WHERE client_id = ?1")
                    : em.createNativeQuery("UPDATE " + table + " SET portal_id = ?2 WHERE client_id = ?1").setParameter(2, newPortalId);
            rewrite.setParameter(1, clientId).executeUpdate();
        }
        client.manageBy(portal);
        String change = portal == null ? "No longer managed by a partner portal" : "Now managed by " + portal.getName();
        activity.record(client, actorUserId, ActivityType.SETTINGS_CHANGED, change);
        audit.record(AuditEvent.of(portal == null ? AuditType.CLIENT_UNLINKED_FROM_PORTAL : AuditType.CLIENT_LINKED_TO_PORTAL)
                .actor(actorUserId).client(clientId).portal(newPortalId)
                .detail(change + (oldPortalId == null ? "" : " (was portal " + oldPortalId + ")")));
    }
}
