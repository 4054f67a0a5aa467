package org.switchboard.portal.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.access.boundary.LeaverReports;
import org.switchboard.access.boundary.PartnerAccess;
import org.switchboard.account.entity.ClientMembership;
import org.switchboard.account.entity.PortalMembership;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.invitation.boundary.Invitations;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.tenancy.EndReason;

/**
 * The Setup page's rules for people leaving the portal (and coming back): a person who leaves
 * keeps no way into any client, and the portal always keeps an active admin.
 */
@Stateless
public class PortalLeavers {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalMembers members;

    @Inject
    Invitations invitations;

    @Inject
    PartnerAccess partnerAccess;

    @Inject
    LeaverReports reports;

    @Inject
    AuditLog audit;

    /**
     * Deactivates a person in the portal and takes away, in the same step, every way they had into
     * its clients: open visits end and the memberships sign-in-as made for them are deactivated.
     */
    public void deactivate(long portalId, long adminUserId, long membershipId) {
        members.requireAdmin(portalId, adminUserId);
        PortalMembership membership = members.member(portalId, membershipId);
        if (!membership.isActive()) {
            return;
        }
        if (membership.getUser().getId() == adminUserId) {
            throw new Refused("You cannot deactivate yourself; ask another portal admin.");
        }
        if (membership.getRole() == PortalRole.PORTAL_ADMIN) {
            members.requireAnotherActiveAdmin(portalId, membership);
        }
        membership.deactivate();
        int visits = cutAccess(portalId, membership.getUser().getId(), EndReason.DEACTIVATED);
        audit.record(AuditEvent.of(AuditType.PORTAL_USER_DEACTIVATED).actor(adminUserId).portal(portalId)
                .subject(membership.getUser().getEmail()).detail(visits + " open visits ended"));
    }

    public void reactivate(long portalId, long adminUserId, long membershipId) {
        members.requireAdmin(portalId, adminUserId);
        PortalMembership membership = members.member(portalId, membershipId);
        if (membership.isActive()) {
            return;
        }
        if (membership.isAwaitingAcceptance()) {
            throw new Refused(membership.getUser().getEmail() + " has not accepted the invitation yet; "
                    + "they join when they do.");
        }
        membership.activate();
        audit.record(AuditEvent.of(AuditType.PORTAL_USER_REACTIVATED).actor(adminUserId).portal(portalId)
                .subject(membership.getUser().getEmail()));
    }

    /** Removes a person from the portal altogether; their login stays for their other accounts. */
    public void remove(long portalId, long adminUserId, long membershipId) {
        members.requireAdmin(portalId, adminUserId);
        PortalMembership membership = members.member(portalId, membershipId);
        if (membership.getUser().getId() == adminUserId) {
            throw new Refused("You cannot remove yourself; ask another portal admin.");
        }
        if (membership.getRole() == PortalRole.PORTAL_ADMIN) {
            members.requireAnotherActiveAdmin(portalId, membership);
        }
        String email = membership.getUser().getEmail();
        cutAccess(portalId, membership.getUser().getId(), EndReason.DEACTIVATED);
        invitations.revokeForMembership(membershipId);
        membership.scopeToAll();
        em.flush();
        em.remove(membership);
        audit.record(AuditEvent.of(AuditType.PORTAL_USER_REMOVED).actor(adminUserId).portal(portalId).subject(email));
    }

    /** The person and everything that gives them a way into the portal's clients (the report is access's). */
    public Leaver leaverReport(long portalId, long adminUserId, long membershipId) {
        members.requireAdmin(portalId, adminUserId);
        PortalMembership membership = members.member(portalId, membershipId);
        return new Leaver(members.person(portalId, membership), reports.report(portalId, adminUserId, membershipId));
    }

    private int cutAccess(long portalId, long userId, EndReason why) {
        em.createQuery("select m from ClientMembership m where m.user.id = :user and m.partnerPortalId = :portal "
                        + "and m.active = true", ClientMembership.class)
                .setParameter("user", userId).setParameter("portal", portalId)
                .getResultList()
                .forEach(ClientMembership::deactivate);
        return partnerAccess.endVisitsFrom(userId, portalId, why);
    }
}
