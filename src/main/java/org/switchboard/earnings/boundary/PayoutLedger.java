package org.switchboard.earnings.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.control.PayoutRunStatements;
import org.switchboard.earnings.entity.Payout;
import org.switchboard.earnings.entity.PayoutRun;

import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The set-based steps of a payout run, each committed on its own. A batch chunk's transaction also
 * holds the job repository's checkpoint, in another database, so the two commit one after the
 * other rather than together; exactly-once therefore rests here, not on the checkpoint: earnings
 * move by conditional updates on their status and a payout is unique per portal, period and
 * currency, so a chunk repeated after a crash, or by a second run, finds nothing left to pay.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PayoutLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PayoutsWritten> written;

    @Inject
    Clock clock;

    @Inject
    Event<EarningsReleased> releasedEarnings;

    /**
     * Earnings whose hold has ended by {@code today} become available; each portal's share is
     * announced ({@link EarningsReleased}) in the same transaction, summed in SQL just before.
     */
    public int release(LocalDate today) {
        List<Object[]> due = em.createNativeQuery("SELECT portal_id, currency, COUNT(*), SUM(amount) FROM earning "
                        + "WHERE status = 'PENDING' AND available_on <= ?1 GROUP BY portal_id, currency")
                .setParameter(1, today)
                .getResultList();
        int released = PayoutRunStatements.release(new NativeLedgerSql(em), today);
        for (Object[] row : due) {
            releasedEarnings.fire(new EarningsReleased(((Number) row[0]).longValue(), today, ((Number) row[2]).intValue(),
                    Money.of(new BigDecimal(row[3].toString()), row[1].toString().strip()), false));
        }
        return released;
    }

    /** Portals with available earnings before the cut-off, after {@code afterPortalId}, in id order. */
    public List<Long> portalsToPay(PayoutPeriod period, long afterPortalId) {
        return PayoutRunStatements.portalsToPay(new NativeLedgerSql(em), period, afterPortalId);
    }

    /**
     * Pays one chunk of portals (ascending ids) for the period: per portal and currency, the whole
     * balance available before the cut-off when it reaches the threshold, else nothing (carried
     * forward). Returns the payouts made.
     */
    public int pay(long runId, PayoutPeriod period, List<Long> portalIds) {
        if (portalIds.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int made = PayoutRunStatements.pay(new NativeLedgerSql(em), period, portalIds, balances -> {
            List<Payout> payouts = balances.stream().map(balance -> new Payout(balance.portalId(), period.code(),
                    period.cutOff(), balance.available(), balance.earnings(), runId, now)).toList();
            payouts.forEach(em::persist);
            em.flush();
            return payouts.stream().map(Payout::getId).toList();
        }).size();
        // Locked: the launcher may be noting this run's new execution at the same moment.
        PayoutRun run = em.find(PayoutRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        int before = run.getPortalsDone();
        run.progress(portalIds.size(), made, now);
        written.fire(new PayoutsWritten(runId, portalIds.size(), before));
        return made;
    }
}
