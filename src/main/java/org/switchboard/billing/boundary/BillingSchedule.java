package org.switchboard.billing.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour: trials that have run out expire, and subscriptions whose period has ended renew (or
 * end, if cancelled). Safe to run twice, at once, on several servers, or again after a crash: each
 * item is claimed under a row lock in its own transaction (see {@link Renewals}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BillingSchedule {

    private static final Logger LOG = Logger.getLogger(BillingSchedule.class.getName());

    @Inject
    Renewals renewals;

    @Inject
    Clock clock;

    /** What one run did. */
    public record Run(int expiredTrials, int renewals) {
    }

    @Schedule(hour = "*", minute = "7", persistent = false, info = "Expire trials and renew subscriptions")
    public void hourly() {
        Run run = runDue();
        if (run.expiredTrials() + run.renewals() > 0) {
            LOG.info(() -> "Billing run: " + run.expiredTrials() + " trials expired, " + run.renewals() + " renewals");
        }
    }

    public Run runDue() {
        Instant now = clock.instant();
        int expired = 0;
        for (long clientId : renewals.trialsOver(now)) {
            try {
                expired += renewals.expire(clientId, now) ? 1 : 0;
            } catch (RuntimeException failed) {
                LOG.log(Level.SEVERE, "Could not expire the trial of client " + clientId + "; next run tries again", failed);
            }
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int renewed = 0;
        for (long subscriptionId : renewals.due(today)) {
            try {
                renewed += renewals.renew(subscriptionId, today);
            } catch (RuntimeException failed) {
                LOG.log(Level.SEVERE, "Could not renew subscription " + subscriptionId + "; next run tries again", failed);
            }
        }
        return new Run(expired, renewed);
    }
}
