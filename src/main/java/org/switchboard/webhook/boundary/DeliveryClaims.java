package org.switchboard.webhook.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.entity.PortalRole;
import org.switchboard.platform.kernel.Shown;
import org.switchboard.platform.mail.Mailer;
import org.switchboard.webhook.control.RetrySchedule;
import org.switchboard.webhook.entity.DeliveryStatus;
import org.switchboard.webhook.entity.WebhookDelivery;
import org.switchboard.webhook.entity.WebhookEndpoint;
import org.switchboard.webhook.entity.WebhookEventType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The deliveries' bookkeeping, each step committed on its own: claiming a delivery before it is
 * sent (so that two servers never send one twice), and recording the receiver's answer. An
 * endpoint that has failed every attempt for a day is disabled and its portal's admins are told.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryClaims {

    private static final Logger LOG = Logger.getLogger(DeliveryClaims.class.getName());
    /** How long a claim holds: longer than a delivery with its timeouts. */
    private static final Duration CLAIM = Duration.ofMinutes(2);
    /** An endpoint failing for this long is disabled. */
    public static final Duration FAILING_LIMIT = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Mailer mailer;

    /** A claimed delivery: what to send, where, and the secrets to sign it with. */
    public record Claimed(long id, long endpointId, String url, String messageId, String eventType, String payload,
                          List<String> secrets, Instant at) {
    }

    /** The delivery, if it is due and nobody else holds it; it is then held for this server. */
    public Optional<Claimed> claim(long id) {
        Instant now = clock.instant();
        int claimed = em.createQuery("update WebhookDelivery d set d.claimedUntil = :until where d.id = :id "
                        + "and d.status = :pending and d.nextAttemptAt <= :now "
                        + "and (d.claimedUntil is null or d.claimedUntil < :now)")
                .setParameter("until", now.plus(CLAIM))
                .setParameter("id", id)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.getEndpointId());
        if (!endpoint.isEnabled() && !delivery.getEventType().equals(WebhookEventType.TEST.code())) {
            finish(id, DeliveryStatus.FAILED, null, "The endpoint is disabled", null, now);
            return Optional.empty();
        }
        return Optional.of(new Claimed(id, endpoint.getId(), endpoint.getUrl(), delivery.getMessageId(),
                delivery.getEventType(), delivery.getPayload(), endpoint.signingSecrets(now), now));
    }

    /** The receiver answered 2xx: delivered, and the endpoint is healthy again. */
    public void delivered(long id, int statusCode, int durationMs) {
        Instant now = clock.instant();
        finish(id, DeliveryStatus.DELIVERED, statusCode, null, durationMs, now);
        em.createQuery("update WebhookEndpoint e set e.failingSince = null where e.failingSince is not null and e.id = "
                        + "(select d.endpointId from WebhookDelivery d where d.id = :id)")
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * Counts a failed attempt: tried again after the schedule's next wait, or FAILED after the
     * last. An endpoint failing for a day is disabled, its waiting deliveries failed, and the
     * portal's admins e-mailed.
     */
    public void failed(long id, Integer statusCode, String error, int durationMs) {
        Instant now = clock.instant();
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        int attempts = delivery.getAttempts() + 1;
        Optional<Duration> wait = RetrySchedule.waitAfter(attempts);
        String clipped = error == null ? "No answer" : error.length() > 1000 ? error.substring(0, 1000) : error;
        em.createQuery("update WebhookDelivery d set d.status = :status, d.attempts = :attempts, d.lastError = :error, "
                        + "d.lastStatusCode = :code, d.lastDurationMs = :ms, d.lastAttemptAt = :now, d.nextAttemptAt = :next, "
                        + "d.claimedUntil = null where d.id = :id")
                .setParameter("status", wait.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED)
                .setParameter("attempts", attempts)
                .setParameter("error", clipped)
                .setParameter("code", statusCode)
                .setParameter("ms", durationMs)
                .setParameter("now", now)
                .setParameter("next", now.plus(wait.orElse(Duration.ZERO)))
                .setParameter("id", id)
                .executeUpdate();
        if (!delivery.getEventType().equals(WebhookEventType.TEST.code())) {
            endpointFailed(delivery.getEndpointId(), now, clipped);
        }
    }

    private void endpointFailed(long endpointId, Instant now, String error) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, endpointId, LockModeType.PESSIMISTIC_WRITE);
        if (endpoint == null || !endpoint.isEnabled()) {
            return;
        }
        if (endpoint.getFailingSince() == null) {
            endpoint.failingSince(now);
            return;
        }
        if (Duration.between(endpoint.getFailingSince(), now).compareTo(FAILING_LIMIT) < 0) {
            return;
        }
        String reason = "Every delivery failed for a day (since " + Shown.dayAndTime(endpoint.getFailingSince())
                + "); the last answer: " + error;
        endpoint.disable(reason.length() > 300 ? reason.substring(0, 300) : reason);
        int failed = em.createQuery("update WebhookDelivery d set d.status = :failed, d.lastError = :why, d.claimedUntil = null "
                        + "where d.endpointId = :endpoint and d.status = :pending")
                .setParameter("failed", DeliveryStatus.FAILED)
                .setParameter("why", "The endpoint was disabled after a day of failures")
                .setParameter("endpoint", endpointId)
                .setParameter("pending", DeliveryStatus.PENDING)
                .executeUpdate();
        LOG.warning(() -> "Webhook endpoint " + endpointId + " of portal " + endpoint.getPortalId()
                + " disabled after a day of failures; " + failed + " waiting deliveries failed");
        for (String admin : adminsOf(endpoint.getPortalId())) {
            mailer.send("WEBHOOK_DISABLED", admin, "Switchboard stopped sending events to " + endpoint.getUrl(),
                    "Switchboard could not deliver any event to your webhook endpoint\n\n  " + endpoint.getUrl()
                            + "\n\nfor a day, so it has stopped sending to it.\n\n" + endpoint.getDisabledReason()
                            + "\n\nWhen the receiver works again, enable the endpoint in Setup → Webhooks and resend the "
                            + "events it missed from its delivery log.\n");
        }
    }

    private List<String> adminsOf(long portalId) {
        return em.createQuery("select m.user.email from PortalMembership m where m.portal.id = :portal and m.role = :admin "
                        + "and m.active = true and m.user.active = true order by m.user.email", String.class)
                .setParameter("portal", portalId)
                .setParameter("admin", PortalRole.PORTAL_ADMIN)
                .getResultList();
    }

    private void finish(long id, DeliveryStatus status, Integer code, String error, Integer durationMs, Instant now) {
        em.createQuery("update WebhookDelivery d set d.status = :status, d.attempts = d.attempts + 1, "
                        + "d.lastStatusCode = :code, d.lastError = :error, d.lastDurationMs = :ms, d.lastAttemptAt = :now, "
                        + "d.deliveredAt = :delivered, d.claimedUntil = null where d.id = :id")
                .setParameter("status", status)
                .setParameter("code", code)
                .setParameter("error", error)
                .setParameter("ms", durationMs)
                .setParameter("now", now)
                .setParameter("delivered", status == DeliveryStatus.DELIVERED ? now : null)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Deliveries due to be sent: first sends that did not happen, and retries whose wait is over. */
    public List<Long> due(int max) {
        Instant now = clock.instant();
        return em.createQuery("select d.id from WebhookDelivery d where d.status = :pending and d.nextAttemptAt <= :now "
                        + "and (d.claimedUntil is null or d.claimedUntil < :now) order by d.nextAttemptAt, d.id", Long.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** An admin's Resend: the delivery is due now, with a fresh set of attempts and the same webhook-id. */
    public void resend(long id) {
        em.createQuery("update WebhookDelivery d set d.status = :pending, d.attempts = 0, d.nextAttemptAt = :now, "
                        + "d.claimedUntil = null where d.id = :id")
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", clock.instant())
                .setParameter("id", id)
                .executeUpdate();
    }
}
