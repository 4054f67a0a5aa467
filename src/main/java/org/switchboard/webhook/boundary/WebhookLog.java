package org.switchboard.webhook.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.webhook.entity.WebhookDelivery;

import java.util.List;
import java.util.Optional;

/**
 * An endpoint's delivery log, newest first, paged in SQL, and Resend: for the portal's admins,
 * of the portal's own endpoints only.
 */
@Stateless
public class WebhookLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalPermissions permissions;

    @Inject
    DeliveryClaims claims;

    @Inject
    Event<WebhookQueued> queued;

    @Inject
    AuditLog audit;

    public long count(long portalId, long adminUserId, long endpointId) {
        permissions.requireAdmin(adminUserId, portalId, "Only the portal's admins see its webhook deliveries.");
        return em.createQuery("select count(d) from WebhookDelivery d where d.endpointId = :endpoint and d.portalId = :portal",
                        Long.class)
                .setParameter("endpoint", endpointId).setParameter("portal", portalId)
                .getSingleResult();
    }

    public List<WebhookDelivery> page(long portalId, long adminUserId, long endpointId, int first, int max) {
        permissions.requireAdmin(adminUserId, portalId, "Only the portal's admins see its webhook deliveries.");
        return em.createQuery("select d from WebhookDelivery d where d.endpointId = :endpoint and d.portalId = :portal "
                        + "order by d.id desc", WebhookDelivery.class)
                .setParameter("endpoint", endpointId).setParameter("portal", portalId)
                .setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    /** The API's pages: newest first, before the given delivery when one is given. */
    public List<WebhookDelivery> before(long portalId, long adminUserId, long endpointId, Optional<Long> beforeId, int max) {
        permissions.requireAdmin(adminUserId, portalId, "Only the portal's admins see its webhook deliveries.");
        return em.createQuery("select d from WebhookDelivery d where d.endpointId = :endpoint and d.portalId = :portal "
                        + "and d.id < :before order by d.id desc", WebhookDelivery.class)
                .setParameter("endpoint", endpointId).setParameter("portal", portalId)
                .setParameter("before", beforeId.orElse(Long.MAX_VALUE))
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Sends the delivery again, now, with the same webhook-id (receivers that saw it skip it),
     * whether it failed or was delivered. The sending happens after this returns.
     */
    public void resend(long portalId, long adminUserId, long endpointId, long deliveryId) {
        permissions.requireAdmin(adminUserId, portalId, "Only the portal's admins resend webhook deliveries.");
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || delivery.getPortalId() != portalId || delivery.getEndpointId() != endpointId) {
            throw new NotFound("No such webhook delivery in your portal.");
        }
        claims.resend(deliveryId);
        audit.record(AuditEvent.of(AuditType.WEBHOOK_RESENT).actor(adminUserId).portal(portalId)
                .subject(delivery.getMessageId()).detail(delivery.getEventType()));
        queued.fire(new WebhookQueued(List.of(deliveryId)));
    }
}
