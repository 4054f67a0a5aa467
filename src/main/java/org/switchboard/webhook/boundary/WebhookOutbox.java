package org.switchboard.webhook.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.webhook.entity.WebhookDelivery;
import org.switchboard.webhook.entity.WebhookEndpoint;
import org.switchboard.webhook.entity.WebhookEventType;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes an event's deliveries, one per enabled endpoint of the portal that listens to it, into
 * the caller's transaction: a change that rolls back announces nothing, and one that commits is
 * announced even if the server stops right after (the schedule sends what is due).
 */
@Stateless
public class WebhookOutbox {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<WebhookQueued> queued;

    /**
     * Writes the event for every endpoint of the portal listening to it; with a {@code dedupeKey},
     * an endpoint that already has a delivery of that key gets no second one. The payload is built
     * only when some endpoint listens; a payload of null is not sent. Returns how many deliveries were written.
     */
    public int announce(long portalId, WebhookEventType type, Supplier<JsonObject> data, String dedupeKey) {
        List<WebhookEndpoint> endpoints = listening(portalId, type);
        if (endpoints.isEmpty()) {
            return 0;
        }
        JsonObject built = data.get();
        if (built == null) {
            return 0;
        }
        Instant now = clock.instant();
        String messageId = newMessageId();
        String payload = envelope(type, now, built);
        List<WebhookDelivery> written = new ArrayList<>();
        for (WebhookEndpoint endpoint : endpoints) {
            if (dedupeKey != null && alreadyHas(endpoint.getId(), dedupeKey)) {
                continue;
            }
            WebhookDelivery delivery = new WebhookDelivery(endpoint.getId(), portalId, messageId, type, payload, dedupeKey, now);
            em.persist(delivery);
            written.add(delivery);
        }
        if (!written.isEmpty()) {
            em.flush();
            queued.fire(new WebhookQueued(written.stream().map(WebhookDelivery::getId).toList()));
        }
        return written.size();
    }

    /**
     * {@link #announce} in a transaction of its own, for schedules that find events: a second
     * server announcing the same fact at the same moment fails here alone, on the unique key.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int announceOnce(long portalId, WebhookEventType type, Supplier<JsonObject> data, String dedupeKey) {
        return announce(portalId, type, data, dedupeKey);
    }

    /** A test event to one endpoint, whatever it listens to and whether or not it is enabled. */
    public long test(WebhookEndpoint endpoint, JsonObject data) {
        Instant now = clock.instant();
        WebhookDelivery delivery = new WebhookDelivery(endpoint.getId(), endpoint.getPortalId(), newMessageId(),
                WebhookEventType.TEST, envelope(WebhookEventType.TEST, now, data), null, now);
        em.persist(delivery);
        em.flush();
        queued.fire(new WebhookQueued(List.of(delivery.getId())));
        return delivery.getId();
    }

    private List<WebhookEndpoint> listening(long portalId, WebhookEventType type) {
        return em.createQuery("select e from WebhookEndpoint e where e.portalId = :portal and e.enabled = true "
                        + "order by e.id", WebhookEndpoint.class)
                .setParameter("portal", portalId)
                // Nothing the caller changed decides this: no need to flush its changes first.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .filter(endpoint -> endpoint.listensTo(type))
                .toList();
    }

    private boolean alreadyHas(long endpointId, String dedupeKey) {
        return !em.createQuery("select d.id from WebhookDelivery d where d.endpointId = :endpoint and d.dedupeKey = :key", Long.class)
                .setParameter("endpoint", endpointId)
                .setParameter("key", dedupeKey)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The body every delivery has, as Standard Webhooks suggests: type, timestamp, data. */
    static String envelope(WebhookEventType type, Instant at, JsonObject data) {
        return Json.createObjectBuilder()
                .add("type", type.code())
                .add("timestamp", at.toString())
                .add("data", data)
                .build().toString();
    }

    /** The webhook-id: unique per event, the same for each endpoint and attempt, so receivers can skip repeats. */
    static String newMessageId() {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        return "msg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
