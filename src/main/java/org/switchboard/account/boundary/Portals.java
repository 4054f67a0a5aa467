package org.switchboard.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.Refused;

import java.time.Clock;

/**
 * Opens portals: a new one waits for the operator's verification and can be used meanwhile, its
 * opener is its first admin, and {@link PortalOpened} tells the areas above that it exists.
 */
@Stateless
public class Portals {

    @PersistenceContext
    EntityManager em;

    @Inject
    Memberships memberships;

    @Inject
    Event<PortalOpened> portalOpened;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A new portal, pending verification, with the person who opens it as its admin. */
    public Portal open(long openerUserId, String name, PortalKind kind) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new Refused("Name your portal (up to 200 characters).");
        }
        if (kind == null) {
            throw new Refused("Say what kind of partner you are.");
        }
        Portal portal = new Portal(name.strip(), kind, clock.instant());
        em.persist(portal);
        portalOpened.fire(new PortalOpened(portal.getId()));
        memberships.joinPortal(em.find(User.class, openerUserId), portal, PortalRole.PORTAL_ADMIN);
        audit.record(AuditEvent.of(AuditType.PORTAL_CREATED).actor(openerUserId).portal(portal.getId())
                .detail(portal.getName() + " (" + kind.label() + "), pending verification"));
        return portal;
    }
}
