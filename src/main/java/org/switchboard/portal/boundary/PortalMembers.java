package org.switchboard.portal.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.account.entity.PortalMembership;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.identity.entity.User;
import org.switchboard.invitation.boundary.Invitations;
import org.switchboard.invitation.entity.InvitationStatus;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.Refused;

/**
 * What {@link PortalPeople} and {@link PortalLeavers} share, inside their transactions: who may
 * manage the portal's people, finding one of them, showing one, and the rule that the portal
 * keeps an active admin.
 */
@Dependent
class PortalMembers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Invitations invitations;

    @Inject
    PortalPermissions portalPermissions;

    void requireAdmin(long portalId, long userId) {
        portalPermissions.requireAdmin(userId, portalId, "Only the portal's admins manage its people.");
    }

    PortalMembership member(long portalId, long membershipId) {
        PortalMembership membership = em.find(PortalMembership.class, membershipId);
        if (membership == null || !membership.getPortal().getId().equals(portalId)) {
            throw new NotFound("No such person in this portal.");
        }
        return membership;
    }

    void requireAnotherActiveAdmin(long portalId, PortalMembership leaving) {
        long others = em.createQuery("select count(m) from PortalMembership m where m.portal.id = :portal "
                        + "and m.role = :admin and m.active = true and m.user.active = true and m.id <> :leaving", Long.class)
                .setParameter("portal", portalId)
                .setParameter("admin", PortalRole.PORTAL_ADMIN)
                .setParameter("leaving", leaving.getId())
                .getSingleResult();
        if (others == 0) {
            throw new Refused("A portal needs at least one active portal admin.");
        }
    }

    /** One person, with their latest invitation's state. */
    PortalPerson person(long portalId, PortalMembership membership) {
        return person(membership, membership.getAssignedClients().size(),
                invitations.latestStatusByMembership(portalId).get(membership.getId()));
    }

    static PortalPerson person(PortalMembership m, int assigned, InvitationStatus invitation) {
        User user = m.getUser();
        return new PortalPerson(m.getId(), user.getId(), user.getDisplayName(), user.getEmail(), m.getRole(),
                m.getClientScope(), assigned, m.isRestricted(), m.isActive() && user.isActive(),
                // Someone who has not accepted is not one of the portal's people yet: their sign-ins are their own.
                m.isAwaitingAcceptance() ? null : user.getLastLoginAt(), invitation, m.isAwaitingAcceptance());
    }
}
