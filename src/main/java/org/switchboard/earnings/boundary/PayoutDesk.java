package org.switchboard.earnings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.earnings.entity.Earning;
import org.switchboard.earnings.entity.Payout;
import org.switchboard.earnings.entity.PayoutStatus;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.security.Roles;

import java.time.Clock;
import java.util.List;

/**
 * The operator settles issued payouts: paid, with the bank's reference, or failed, which returns
 * the payout's earnings to the portal's balance for the next run. A payout is settled once.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class PayoutDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<PayoutPaid> paid;

    /** A payout with its portal's name, for the operator's list. */
    public record Row(Payout payout, String portalName) {
    }

    /** Payouts of a period (all periods when blank), issued ones first. */
    public List<Row> list(String period, PayoutStatus status) {
        boolean byPeriod = period != null && !period.isBlank();
        var query = em.createQuery("select p, o.name from Payout p, Portal o where o.id = p.portalId"
                + (byPeriod ? " and p.period = :period" : "") + (status != null ? " and p.status = :status" : "")
                + " order by p.period desc, o.name, p.id", Object[].class);
        if (byPeriod) {
            query.setParameter("period", period.strip());
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(500)
                .getResultStream()
                .map(row -> new Row((Payout) row[0], (String) row[1]))
                .toList();
    }

    public void markPaid(long operatorUserId, long payoutId, String reference) {
        if (reference == null || reference.isBlank()) {
            throw new Refused("Enter the payment's reference, e.g. the bank transfer id.");
        }
        if (reference.strip().length() > 100) {
            throw new Refused("A reference has at most 100 characters.");
        }
        Payout payout = issued(payoutId);
        payout.markPaid(reference.strip(), operatorUserId, clock.instant());
        audit.record(AuditEvent.of(AuditType.PAYOUT_PAID).actor(operatorUserId).portal(payout.getPortalId())
                .subject(payout.getPeriod()).detail("Payout " + payoutId + " of " + payout.getAmount() + " paid, reference "
                        + reference.strip()));
        paid.fire(new PayoutPaid(payoutId));
    }

    /** Marks the payout failed; its earnings return to the balance and are paid by a later run. */
    public int markFailed(long operatorUserId, long payoutId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refused("Say why the payment failed, e.g. the bank's answer.");
        }
        if (reason.strip().length() > 300) {
            throw new Refused("A reason has at most 300 characters.");
        }
        Payout payout = issued(payoutId);
        payout.markFailed(reason.strip(), operatorUserId, clock.instant());
        // The earnings' own rule, Earning.returnFromFailedPayout, for all of them in one statement.
        int returned = new NativeLedgerSql(em).update(Earning.RETURN_FROM_FAILED_PAYOUT_SQL, payoutId);
        audit.record(AuditEvent.of(AuditType.PAYOUT_FAILED).actor(operatorUserId).portal(payout.getPortalId())
                .subject(payout.getPeriod()).detail("Payout " + payoutId + " of " + payout.getAmount() + " failed ("
                        + reason.strip() + "); " + returned + " earnings back in the balance"));
        return returned;
    }

    private Payout issued(long payoutId) {
        Payout payout = em.find(Payout.class, payoutId, LockModeType.PESSIMISTIC_WRITE);
        if (payout == null) {
            throw new NotFound("No such payout.");
        }
        if (payout.getStatus() != PayoutStatus.ISSUED) {
            throw new Refused("Payout " + payoutId + " is " + payout.getStatus().label().toLowerCase()
                    + " already; nothing was changed.");
        }
        return payout;
    }
}
