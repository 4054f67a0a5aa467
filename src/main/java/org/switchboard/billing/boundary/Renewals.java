package org.switchboard.billing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.billing.entity.Sale;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.billing.entity.Subscription;
import org.switchboard.billing.entity.SubscriptionStatus;
import org.switchboard.client.boundary.ActivityLog;
import org.switchboard.client.entity.ActivityType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One subscription's renewal or one trial's expiry, each in a transaction of its own and under a
 * row lock: a second run, on this server or another, waits for the first and then finds nothing
 * left to do. The sale's unique natural key is the last guard.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Renewals {

    @PersistenceContext
    EntityManager em;

    @Inject
    SalesLedger sales;

    @Inject
    ActivityLog activity;

    @Inject
    Clock clock;

    public List<Long> due(LocalDate today) {
        return em.createQuery("select s.id from Subscription s where s.status <> :cancelled and s.periodEnd <= :today "
                        + "order by s.periodEnd, s.id", Long.class)
                .setParameter("cancelled", SubscriptionStatus.CANCELLED)
                .setParameter("today", today)
                .setMaxResults(1_000)
                .getResultList();
    }

    /** Renews every period that has ended by today (a server that was down catches up); returns the renewals made. */
    public int renew(long subscriptionId, LocalDate today) {
        Subscription subscription = em.find(Subscription.class, subscriptionId, LockModeType.PESSIMISTIC_WRITE);
        ClientAccount client = em.find(ClientAccount.class, subscription.getClientId());
        int renewed = 0;
        while (subscription.getStatus() != SubscriptionStatus.CANCELLED && !subscription.getPeriodEnd().isAfter(today)) {
            subscription.renew();
            Instant now = clock.instant();
            if (subscription.getStatus() == SubscriptionStatus.CANCELLED) {
                client.changeStatus(ClientStatus.CANCELLED);
                activity.record(client, null, ActivityType.SUBSCRIPTION_ENDED, "The subscription ended as cancelled");
                break;
            }
            sales.record(new Sale("RENEWAL:" + subscription.getId() + ":" + subscription.getPeriodIndex(), SaleType.RENEWAL,
                    client.getPortal() == null ? null : client.getPortal().getId(), client.getId(), subscription.getId(),
                    subscription.periodPrice(), now, "Renewal for " + subscription.getPeriodStart() + " to "
                    + subscription.getPeriodEnd() + ": " + subscription.getPlan().getName() + ", "
                    + subscription.getSeats() + " seats", null));
            client.subscribe(subscription.getPlan().getCode(), subscription.getSeats());
            activity.record(client, null, ActivityType.SUBSCRIPTION_RENEWED, "Renewed until " + subscription.getPeriodEnd());
            renewed++;
        }
        return renewed;
    }

    public List<Long> trialsOver(Instant now) {
        return em.createQuery("select c.id from ClientAccount c where c.status = :trial and c.trialEndsAt <= :now "
                        + "order by c.trialEndsAt, c.id", Long.class)
                .setParameter("trial", ClientStatus.TRIAL)
                .setParameter("now", now)
                .setMaxResults(1_000)
                .getResultList();
    }

    /** Ends a trial that has run out: the account is EXPIRED and its people can only read. */
    public boolean expire(long clientId, Instant now) {
        ClientAccount client = em.find(ClientAccount.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        if (client.getStatus() != ClientStatus.TRIAL || client.getTrialEndsAt() == null
                || client.getTrialEndsAt().isAfter(now)) {
            return false;
        }
        client.changeStatus(ClientStatus.EXPIRED);
        activity.record(client, null, ActivityType.TRIAL_EXPIRED, "The trial ended; the account is read-only until it subscribes");
        return true;
    }
}
