package org.switchboard.billing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.billing.entity.Plan;
import org.switchboard.billing.entity.Sale;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.billing.entity.Subscription;
import org.switchboard.billing.entity.SubscriptionStatus;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.client.entity.ActivityType;
import org.switchboard.platform.kernel.Money;
import org.switchboard.platform.kernel.Refused;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A subscription's life after it starts, from the portal: upgrade now (charged for the days left),
 * downgrade at the next renewal, cancel at period end, refund the last charge. Only for clients in
 * the portal user's scope; each change that moves money records a sale once, whatever is re-posted.
 */
@Stateless
public class Subscriptions {

    @PersistenceContext
    EntityManager em;

    @Inject
    SalesLedger sales;

    @Inject
    PlanCatalogue plans;

    @Inject
    ActivityLog activity;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PortalPermissions permissions;

    public Optional<SubscriptionView> of(long portalId, long viewerUserId, long clientId) {
        requireInScope(portalId, viewerUserId, clientId);
        return subscriptionOf(clientId, false).map(s -> new SubscriptionView(s.getPlan().getCode(), s.getPlan().getName(),
                s.getSeats(), s.getBilling(), s.seatPrice(), s.periodPrice(), s.getPeriodStart(), s.getPeriodEnd(),
                s.getStatus(), s.getNextPlan() == null ? null : s.getNextPlan().getName(), s.getNextSeats()));
    }

    /** The portal's own sales to the client: what a portal that managed it before sold is not its history. */
    public List<SaleRow> sales(long portalId, long viewerUserId, long clientId) {
        requireInScope(portalId, viewerUserId, clientId);
        Set<Long> refunded = new HashSet<>(em.createQuery("select s.refundsSaleId from Sale s where s.clientId = :client "
                + "and s.portalId = :portal and s.refundsSaleId is not null", Long.class)
                .setParameter("client", clientId).setParameter("portal", portalId).getResultList());
        return em.createQuery("select s from Sale s where s.clientId = :client and s.portalId = :portal "
                        + "order by s.occurredAt desc, s.id desc", Sale.class)
                .setParameter("client", clientId)
                .setParameter("portal", portalId)
                .setMaxResults(200)
                .getResultList().stream()
                .map(s -> new SaleRow(s.getId(), s.getOccurredAt(), s.getType(), s.getAmount(), s.getDescription(),
                        refunded.contains(s.getId())))
                .toList();
    }

    /**
     * More seats or a dearer plan from today; the difference for the rest of the period is an UPGRADE
     * sale. {@code requestKey} is the form's idempotency key: posting it again changes nothing more.
     */
    public Money upgrade(long portalId, long actorUserId, long clientId, String planCode, int seats, String requestKey) {
        requireInScope(portalId, actorUserId, clientId);
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > 64) {
            throw new Refused("This form has expired; open it again.");
        }
        Subscription subscription = subscriptionOf(clientId, true).orElseThrow(() -> new Refused("This account has no subscription."));
        String naturalKey = "UPGRADE:" + subscription.getId() + ":" + requestKey;
        Optional<Sale> done = em.createQuery("select s from Sale s where s.naturalKey = :key", Sale.class)
                .setParameter("key", naturalKey).getResultStream().findFirst();
        if (done.isPresent()) {
            return done.get().getAmount();
        }
        requireActive(subscription);
        requireSeats(seats);
        Plan plan = plans.forSale(planCode, subscription.getCurrency());
        Money before = subscription.periodPrice();
        Money after = plan.seatPrice(subscription.getBilling()).times(seats);
        if (after.compareTo(before) <= 0) {
            throw new Refused("That costs no more than today's subscription; choose it as a downgrade at the next renewal.");
        }
        ClientAccount client = em.find(ClientAccount.class, clientId);
        Instant now = clock.instant();
        Money charge = subscription.upgrade(plan, seats, LocalDate.ofInstant(now, ZoneOffset.UTC));
        client.subscribe(plan.getCode(), seats);
        sales.record(new Sale(naturalKey, SaleType.UPGRADE, client.getPortal() == null ? null : client.getPortal().getId(),
                clientId, subscription.getId(), charge, now, "Upgrade to " + plan.getName() + ", " + seats
                + " seats, for the rest of the period to " + subscription.getPeriodEnd(), null));
        activity.record(client, actorUserId, ActivityType.SUBSCRIPTION_CHANGED, "Upgraded to " + plan.getName() + ", "
                + seats + " seats (" + charge + " for the rest of the period)");
        audit.record(AuditEvent.of(AuditType.SUBSCRIPTION_CHANGED).actor(actorUserId).portal(portalId).client(clientId)
                .detail("Upgrade to " + plan.getCode() + " x" + seats + ": " + charge));
        return charge;
    }

    /** A cheaper plan or fewer seats from the next renewal on; nothing is charged or refunded now. */
    public void downgrade(long portalId, long actorUserId, long clientId, String planCode, int seats) {
        requireInScope(portalId, actorUserId, clientId);
        Subscription subscription = subscriptionOf(clientId, true).orElseThrow(() -> new Refused("This account has no subscription."));
        requireActive(subscription);
        requireSeats(seats);
        Plan plan = plans.forSale(planCode, subscription.getCurrency());
        if (plan.seatPrice(subscription.getBilling()).times(seats).compareTo(subscription.periodPrice()) >= 0) {
            throw new Refused("That costs no less than today's subscription; choose it as an upgrade.");
        }
        subscription.downgradeAtRenewal(plan, seats);
        ClientAccount client = em.find(ClientAccount.class, clientId);
        activity.record(client, actorUserId, ActivityType.SUBSCRIPTION_CHANGED, "Downgrade to " + plan.getName() + ", "
                + seats + " seats from " + subscription.getPeriodEnd());
        audit.record(AuditEvent.of(AuditType.SUBSCRIPTION_CHANGED).actor(actorUserId).portal(portalId).client(clientId)
                .detail("Downgrade at renewal to " + plan.getCode() + " x" + seats));
    }

    /** Ends the subscription at the end of the period it is in. */
    public void cancel(long portalId, long actorUserId, long clientId) {
        requireInScope(portalId, actorUserId, clientId);
        Subscription subscription = subscriptionOf(clientId, true).orElseThrow(() -> new Refused("This account has no subscription."));
        requireActive(subscription);
        subscription.cancelAtPeriodEnd();
        ClientAccount client = em.find(ClientAccount.class, clientId);
        activity.record(client, actorUserId, ActivityType.SUBSCRIPTION_CHANGED, "Cancelled; ends on " + subscription.getPeriodEnd());
        audit.record(AuditEvent.of(AuditType.SUBSCRIPTION_CHANGED).actor(actorUserId).portal(portalId).client(clientId)
                .detail("Cancelled at period end " + subscription.getPeriodEnd()));
    }

    /**
     * Refunds the portal's own latest charge not refunded yet, as a negative REFUND sale; at most once
     * per charge. Only the portal's admins refund, and never a charge another portal made (its
     * clawback would hit that portal's commission).
     */
    public Money refundLast(long portalId, long actorUserId, long clientId) {
        requireInScope(portalId, actorUserId, clientId);
        permissions.requireAdmin(actorUserId, portalId, "Only the portal's admins can refund.");
        Subscription subscription = subscriptionOf(clientId, true).orElseThrow(() -> new Refused("This account has no subscription."));
        Sale last = em.createQuery("select s from Sale s where s.clientId = :client and s.portalId = :portal "
                        + "and s.type <> :refund "
                        + "and s.amount > 0 and not exists (select r from Sale r where r.refundsSaleId = s.id) "
                        + "order by s.occurredAt desc, s.id desc", Sale.class)
                .setParameter("client", clientId).setParameter("portal", portalId).setParameter("refund", SaleType.REFUND)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new Refused("There is no charge left to refund."));
        ClientAccount client = em.find(ClientAccount.class, clientId);
        Money refund = last.getAmount().negate();
        sales.record(new Sale("REFUND:" + last.getId(), SaleType.REFUND, last.getPortalId(), clientId, subscription.getId(),
                refund, clock.instant(), "Refund of: " + last.getDescription(), last.getId()));
        activity.record(client, actorUserId, ActivityType.REFUNDED, "Refunded " + last.getAmount());
        audit.record(AuditEvent.of(AuditType.SALE_REFUNDED).actor(actorUserId).portal(portalId).client(clientId)
                .detail("Refund of sale " + last.getId() + ": " + refund));
        return refund;
    }

    private Optional<Subscription> subscriptionOf(long clientId, boolean lock) {
        var query = em.createQuery("select s from Subscription s where s.clientId = :client", Subscription.class)
                .setParameter("client", clientId);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private void requireInScope(long portalId, long userId, long clientId) {
        permissions.requireClient(userId, portalId, clientId);
        if (em.find(ClientAccount.class, clientId).isDemo()) {
            throw new Refused("The demo account has no subscription; it is never billed.");
        }
    }

    private static void requireActive(Subscription subscription) {
        if (subscription.getStatus() != SubscriptionStatus.ACTIVE) {
            throw new Refused("The subscription is " + subscription.getStatus().label().toLowerCase() + ".");
        }
    }

    private static void requireSeats(int seats) {
        if (seats < 1 || seats > 10_000) {
            throw new Refused("Choose between 1 and 10,000 seats.");
        }
    }
}
