package org.switchboard.webhook.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.account.entity.Portal;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.webhook.control.EndpointAddress;
import org.switchboard.webhook.control.WebhookSignature;
import org.switchboard.webhook.entity.WebhookEndpoint;
import org.switchboard.webhook.entity.WebhookEventType;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A portal's webhook endpoints, kept by its admins: added with the events they listen to, changed,
 * their secret rotated, disabled and enabled, removed. Every call checks that the caller is an
 * admin of the portal and that the endpoint is the portal's; another portal's endpoint does not exist.
 */
@Stateless
public class WebhookEndpoints {

    /** Endpoints a portal may have. */
    public static final int MOST = 20;
    private static final String ADMINS_ONLY = "Only the portal's admins manage its webhooks.";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalPermissions permissions;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookOutbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** An endpoint just added, or its secret just rotated: the secret, shown this once. */
    public record Issued(long id, String secret) {
    }

    /** The events the portal's endpoints may listen to: the money events for channel partners only. */
    public List<WebhookEventType> offered(long portalId) {
        boolean channelPartner = em.find(Portal.class, portalId).getKind() == PortalKind.CHANNEL_PARTNER;
        return Arrays.stream(WebhookEventType.values())
                .filter(WebhookEventType::choosable)
                .filter(type -> channelPartner || !type.channelPartnersOnly())
                .toList();
    }

    public Issued add(long portalId, long adminUserId, String url, String description, Set<WebhookEventType> events) {
        permissions.requireAdmin(adminUserId, portalId, ADMINS_ONLY);
        String address = checked(url);
        Set<WebhookEventType> chosen = checked(portalId, events);
        if (ofPortal(portalId, adminUserId).size() >= MOST) {
            throw new Refused("A portal has at most " + MOST + " endpoints; remove one first.");
        }
        String secret = WebhookSignature.newSecret();
        WebhookEndpoint endpoint = new WebhookEndpoint(portalId, address, describe(description), chosen, secret,
                adminUserId, clock.instant());
        em.persist(endpoint);
        em.flush();
        audit.record(AuditEvent.of(AuditType.WEBHOOK_ENDPOINT_ADDED).actor(adminUserId).portal(portalId)
                .subject(address).detail(WebhookEventType.join(chosen)));
        return new Issued(endpoint.getId(), secret);
    }

    /** The portal's endpoints, oldest first. */
    public List<EndpointSummary> ofPortal(long portalId, long adminUserId) {
        permissions.requireAdmin(adminUserId, portalId, ADMINS_ONLY);
        return em.createQuery("select e from WebhookEndpoint e where e.portalId = :portal order by e.createdAt, e.id",
                        WebhookEndpoint.class)
                .setParameter("portal", portalId)
                .getResultStream()
                .map(EndpointSummary::of)
                .toList();
    }

    public EndpointSummary endpoint(long portalId, long adminUserId, long endpointId) {
        permissions.requireAdmin(adminUserId, portalId, ADMINS_ONLY);
        return EndpointSummary.of(own(portalId, endpointId, false));
    }

    public void change(long portalId, long adminUserId, long endpointId, String url, String description,
                       Set<WebhookEventType> events) {
        permissions.requireAdmin(adminUserId, portalId, ADMINS_ONLY);
        WebhookEndpoint endpoint = own(portalId, endpointId, true);
        String address = checked(url);
        Set<WebhookEventType> chosen = checked(portalId, events);
        endpoint.change(address, describe(description), chosen);
        audit.record(AuditEvent.of(AuditType.WEBHOOK_ENDPOINT_CHANGED).actor(adminUserId).portal(portalId)
                .subject(address).detail(WebhookEventType.join(chosen)));
    }

    /** A new secret; deliveries carry the old one's signature too for a day, so the receiver can switch. */
    public Issued rotate(long portalId, long adminUserId, long endpointId) {
        permissions.requireAdmin(adminUserId, portalId, ADMINS_ONLY);
        WebhookEndpoint endpoint = own(portalId, endpointId, true);
        String secret = WebhookSignature.newSecret();
        endpoint.rotate(secret, clock.instant());
        audit.record(AuditEvent.of(AuditType.WEBHOOK_SECRET_ROTATED).actor(adminUserId).portal(portalId)
                .subject(endpoint.getUrl()));
        return new Issued(endpointId, secret);
    }

    public void disable(long portalId, long adminUserId, long endpointId) {
        permissions.requireAdmin(adminUserId, portalId, ADMINS_ONLY);
        WebhookEndpoint endpoint = own(portalId, endpointId, true);
        if (endpoint.isEnabled()) {
            endpoint.disable("Disabled by an admin");
            audit.record(AuditEvent.of(AuditType.WEBHOOK_ENDPOINT_DISABLED).actor(adminUserId).portal(portalId)
                    .subject(endpoint.getUrl()));
        }
    }

    public void enable(long portalId, long adminUserId, long endpointId) {
        permissions.requireAdmin(adminUserId, portalId, ADMINS_ONLY);
        WebhookEndpoint endpoint = own(portalId, endpointId, true);
        if (!endpoint.isEnabled()) {
            checked(endpoint.getUrl());
            endpoint.enable();
            audit.record(AuditEvent.of(AuditType.WEBHOOK_ENDPOINT_ENABLED).actor(adminUserId).portal(portalId)
                    .subject(endpoint.getUrl()));
        }
    }

    /** Removes the endpoint and its delivery log. */
    public void remove(long portalId, long adminUserId, long endpointId) {
        permissions.requireAdmin(adminUserId, portalId, ADMINS_ONLY);
        WebhookEndpoint endpoint = own(portalId, endpointId, true);
        em.createQuery("delete from WebhookDelivery d where d.endpointId = :endpoint")
                .setParameter("endpoint", endpointId).executeUpdate();
        em.remove(endpoint);
        audit.record(AuditEvent.of(AuditType.WEBHOOK_ENDPOINT_REMOVED).actor(adminUserId).portal(portalId)
                .subject(endpoint.getUrl()));
    }

    /** Sends a {@code webhook.test} event to the endpoint now; returns the delivery's id. */
    public long sendTest(long portalId, long adminUserId, long endpointId) {
        permissions.requireAdmin(adminUserId, portalId, ADMINS_ONLY);
        WebhookEndpoint endpoint = own(portalId, endpointId, false);
        return outbox.test(endpoint, Json.createObjectBuilder()
                .add("endpointId", endpointId)
                .add("portalId", portalId)
                .add("message", "A test event sent from Switchboard's Setup page")
                .build());
    }

    private WebhookEndpoint own(long portalId, long endpointId, boolean lock) {
        WebhookEndpoint endpoint = lock ? em.find(WebhookEndpoint.class, endpointId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(WebhookEndpoint.class, endpointId);
        if (endpoint == null || endpoint.getPortalId() != portalId) {
            throw new NotFound("No such webhook endpoint in your portal.");
        }
        return endpoint;
    }

    private String checked(String url) {
        try {
            return settings.addresses().check(url).toString();
        } catch (EndpointAddress.Unusable unusable) {
            throw new Refused(unusable.getMessage());
        }
    }

    private Set<WebhookEventType> checked(long portalId, Set<WebhookEventType> events) {
        if (events == null || events.isEmpty()) {
            throw new Refused("Choose at least one event for the endpoint to receive.");
        }
        Set<WebhookEventType> chosen = EnumSet.copyOf(events);
        if (!offered(portalId).containsAll(chosen)) {
            throw new Refused("Sales, earnings and payouts are sent to channel partners' endpoints only.");
        }
        return chosen;
    }

    private static String describe(String description) {
        String trimmed = description == null ? "" : description.strip();
        if (trimmed.length() > 200) {
            throw new Refused("A description has at most 200 characters.");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
