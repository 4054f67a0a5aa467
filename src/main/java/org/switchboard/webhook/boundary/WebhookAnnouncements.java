package org.switchboard.webhook.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.access.entity.AccessSession;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.audit.boundary.Audited;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.billing.boundary.SaleRecorded;
import org.switchboard.billing.entity.Sale;
import org.switchboard.billing.entity.Subscription;
import org.switchboard.client.boundary.ClientActivity;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.earnings.boundary.EarningsReleased;
import org.switchboard.earnings.boundary.PayoutPaid;
import org.switchboard.earnings.entity.Payout;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.WireName;
import org.switchboard.webhook.entity.WebhookEventType;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what the areas below announce (a client's activity, a sale, released earnings, a paid
 * payout, audited visits and invitations) into webhook events, inside the transaction of the
 * change. Nothing is built unless an endpoint of the portal listens; a payload that cannot be
 * built is logged and left out rather than undo the partner's change.
 */
@Stateless
public class WebhookAnnouncements {

    private static final Logger LOG = Logger.getLogger(WebhookAnnouncements.class.getName());
    private static final Set<ActivityType> STATUS_CHANGES = EnumSet.of(ActivityType.TRIAL_EXPIRED,
            ActivityType.SUBSCRIPTION_STARTED, ActivityType.SUBSCRIPTION_ENDED);
    private static final Set<ActivityType> SUBSCRIPTION_CHANGES = EnumSet.of(ActivityType.SUBSCRIPTION_STARTED,
            ActivityType.SUBSCRIPTION_CHANGED, ActivityType.SUBSCRIPTION_RENEWED, ActivityType.SUBSCRIPTION_ENDED);

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookOutbox outbox;

    public void onActivity(@Observes ClientActivity activity) {
        if (activity.portalId() == null) {
            return;
        }
        long portalId = activity.portalId();
        if (activity.type() == ActivityType.ACCOUNT_CREATED) {
            announce(portalId, WebhookEventType.CLIENT_CREATED, () -> Json.createObjectBuilder()
                    .add("client", WebhookPayloads.client(client(activity.clientId()))).build());
        }
        if (STATUS_CHANGES.contains(activity.type())) {
            announce(portalId, WebhookEventType.CLIENT_STATUS_CHANGED, () -> Json.createObjectBuilder()
                    .add("client", WebhookPayloads.client(client(activity.clientId())))
                    .add("summary", activity.summary()).build());
        }
        if (SUBSCRIPTION_CHANGES.contains(activity.type())) {
            announce(portalId, WebhookEventType.SUBSCRIPTION_CHANGED, () -> {
                JsonObjectBuilder data = Json.createObjectBuilder()
                        .add("change", activity.type().name().substring("SUBSCRIPTION_".length()).toLowerCase(Locale.ROOT))
                        .add("client", WebhookPayloads.client(client(activity.clientId())))
                        .add("summary", activity.summary());
                em.createQuery("select s from Subscription s where s.clientId = :client order by s.id desc", Subscription.class)
                        .setParameter("client", activity.clientId()).setMaxResults(1).getResultStream().findFirst()
                        .ifPresent(subscription -> data.add("subscription", WebhookPayloads.subscription(subscription)));
                return data.build();
            });
        }
    }

    public void onSale(@Observes SaleRecorded recorded) {
        Sale sale = em.find(Sale.class, recorded.saleId());
        if (sale == null || sale.getPortalId() == null) {
            return;
        }
        announce(sale.getPortalId(), WebhookEventType.SALE_RECORDED, () -> {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", sale.getId())
                    .add("type", WireName.of(sale.getType()))
                    .add("clientId", sale.getClientId())
                    .add("subscriptionId", sale.getSubscriptionId())
                    .add("amount", WebhookPayloads.money(sale.getAmount()))
                    .add("occurredAt", sale.getOccurredAt().toString());
            WebhookPayloads.optional(json, "description", sale.getDescription());
            WebhookPayloads.optional(json, "refundsSaleId", sale.getRefundsSaleId());
            return Json.createObjectBuilder().add("sale", json).build();
        });
    }

    public void onEarningsReleased(@Observes EarningsReleased released) {
        // A release is announced once per portal, currency and day, however many servers run it.
        String key = released.atOnce() ? null
                : "earning.available:" + released.amount().currency().getCurrencyCode() + ":" + released.on();
        announce(released.portalId(), WebhookEventType.EARNING_AVAILABLE, () -> Json.createObjectBuilder()
                .add("availableOn", released.on().toString())
                .add("earnings", released.earnings())
                .add("amount", WebhookPayloads.money(released.amount()))
                .build(), key);
    }

    public void onPayoutPaid(@Observes PayoutPaid paid) {
        Payout payout = em.find(Payout.class, paid.payoutId());
        announce(payout.getPortalId(), WebhookEventType.PAYOUT_PAID, () -> {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", payout.getId())
                    .add("period", payout.getPeriod().strip())
                    .add("amount", WebhookPayloads.money(payout.getAmount()))
                    .add("earnings", payout.getEarningsCount())
                    .add("status", WireName.of(payout.getStatus()));
            WebhookPayloads.optional(json, "reference", payout.getReference());
            WebhookPayloads.optional(json, "paidAt", payout.getSettledAt());
            return Json.createObjectBuilder().add("payout", json).build();
        });
    }

    public void onAudited(@Observes Audited audited) {
        AuditEvent event = audited.event();
        if (event.getPortalId() == null) {
            return;
        }
        switch (event.getType()) {
            case ACCESS_STARTED -> announce(event.getPortalId(), WebhookEventType.ACCESS_STARTED, () -> visit(event));
            case ACCESS_ENDED -> announce(event.getPortalId(), WebhookEventType.ACCESS_ENDED, () -> visit(event));
            case INVITATION_ACCEPTED -> announce(event.getPortalId(), WebhookEventType.INVITATION_ACCEPTED, () -> {
                JsonObjectBuilder json = Json.createObjectBuilder();
                WebhookPayloads.optional(json, "email", event.getSubject());
                WebhookPayloads.optional(json, "acceptedByUserId", event.getActorUserId());
                WebhookPayloads.optional(json, "clientId", event.getClientId());
                json.add("acceptedAt", event.getOccurredAt().toString());
                return Json.createObjectBuilder().add("invitation", json).build();
            });
            default -> {
                // Other audit events are not announced.
            }
        }
    }

    private JsonObject visit(AuditEvent event) {
        AccessSession session = em.find(AccessSession.class, event.getAccessSessionId());
        // A visit is ended by a bulk update, which the session loaded here does not see: read its end from the row.
        Object[] end = em.createQuery("select s.endedAt, s.endReason from AccessSession s where s.id = :id", Object[].class)
                .setParameter("id", session.getId()).getSingleResult();
        User partner = em.find(User.class, session.getRealUserId());
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", session.getId())
                .add("clientId", session.getClientId())
                .add("mode", WireName.of(session.getMode()))
                .add("partner", Json.createObjectBuilder().add("id", partner.getId()).add("email", partner.getEmail()))
                .add("asUserId", session.getEffectiveUserId())
                .add("startedAt", session.getStartedAt().toString());
        WebhookPayloads.optional(json, "endedAt", (java.time.Instant) end[0]);
        if (end[1] != null) {
            json.add("endReason", WireName.of((Enum<?>) end[1]));
        }
        return Json.createObjectBuilder().add("visit", json).build();
    }

    private ClientAccount client(long clientId) {
        return em.find(ClientAccount.class, clientId);
    }

    private void announce(long portalId, WebhookEventType type, Supplier<JsonObject> data) {
        announce(portalId, type, data, null);
    }

    /** The payload is built inside the outbox, only if an endpoint listens; a failure there is logged, never thrown. */
    private void announce(long portalId, WebhookEventType type, Supplier<JsonObject> data, String dedupeKey) {
        outbox.announce(portalId, type, () -> {
            try {
                return data.get();
            } catch (RuntimeException broken) {
                LOG.log(Level.SEVERE, "Could not build the " + type.code() + " event of portal " + portalId
                        + "; it is not sent", broken);
                return null;
            }
        }, dedupeKey);
    }
}
