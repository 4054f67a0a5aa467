package org.switchboard.earnings.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.control.PayoutRule;
import org.switchboard.earnings.entity.Payout;
import org.switchboard.earnings.entity.PayoutRun;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    // The native statements of a run, shared with the earnings benchmark so that it times these very ones.
    public static final String RELEASE_SQL = "UPDATE earning SET status = 'AVAILABLE' WHERE status = 'PENDING' AND available_on <= ?1";
    public static final String PORTALS_TO_PAY_SQL = "SELECT DISTINCT portal_id FROM earning WHERE status = 'AVAILABLE' "
            + "AND available_on < ?1 AND portal_id > ?2 ORDER BY portal_id";
    public static final String BALANCES_SQL = "SELECT portal_id, currency, SUM(amount), COUNT(*) FROM earning "
            + "WHERE portal_id BETWEEN ?1 AND ?2 AND status = 'AVAILABLE' AND available_on < ?3 "
            + "GROUP BY portal_id, currency ORDER BY portal_id, currency";

    /**
     * Marks a chunk's available earnings paid by the payouts just made for them, in one statement:
     * going portal by portal would read and rewrite the same table pages once per portal, as a
     * portal's earnings lie scattered in time order. The payout ids are ours (numbers), inlined.
     */
    public static String markPaidSql(List<Long> payoutIds) {
        String ids = payoutIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        String payoutOf = "FROM payout p WHERE p.portal_id = earning.portal_id AND p.currency = earning.currency "
                + "AND p.id IN (" + ids + ")";
        return "UPDATE earning SET status = 'PAID', payout_id = (SELECT p.id " + payoutOf + ") "
                + "WHERE portal_id BETWEEN ?1 AND ?2 AND status = 'AVAILABLE' AND available_on < ?3 "
                + "AND EXISTS (SELECT 1 " + payoutOf + ")";
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PayoutsWritten> written;

    @Inject
    Clock clock;

    /** Earnings whose hold has ended by {@code today} become available. */
    public int release(LocalDate today) {
        return em.createNativeQuery(RELEASE_SQL)
                .setParameter(1, Date.valueOf(today))
                .executeUpdate();
    }

    /** Portals with available earnings before the cut-off, after {@code afterPortalId}, in id order. */
    public List<Long> portalsToPay(PayoutPeriod period, long afterPortalId) {
        List<?> ids = em.createNativeQuery(PORTALS_TO_PAY_SQL)
                .setParameter(1, Date.valueOf(period.cutOff()))
                .setParameter(2, afterPortalId)
                .getResultList();
        List<Long> portals = new ArrayList<>(ids.size());
        ids.forEach(id -> portals.add(((Number) id).longValue()));
        return portals;
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
        long first = portalIds.get(0);
        long last = portalIds.get(portalIds.size() - 1);
        Set<Long> chunk = new HashSet<>(portalIds);
        Date cutOff = Date.valueOf(period.cutOff());
        Map<Long, Money> thresholds = thresholds(first, last, period.cutOff());
        Set<String> paidAlready = new HashSet<>();
        em.createQuery("select p.portalId, p.currency from Payout p where p.period = :period "
                        + "and p.portalId between :first and :last", Object[].class)
                .setParameter("period", period.code()).setParameter("first", first).setParameter("last", last)
                .getResultList().forEach(row -> paidAlready.add(row[0] + "/" + row[1]));
        @SuppressWarnings("unchecked")
        List<Object[]> balances = em.createNativeQuery(BALANCES_SQL)
                .setParameter(1, first).setParameter(2, last).setParameter(3, cutOff)
                .getResultList();
        Instant now = clock.instant();
        List<Payout> payouts = new ArrayList<>();
        for (Object[] row : balances) {
            long portalId = ((Number) row[0]).longValue();
            String currency = ((String) row[1]).strip();
            if (!chunk.contains(portalId) || paidAlready.contains(portalId + "/" + currency)) {
                continue;
            }
            Money available = Money.of(toDecimal(row[2]), currency);
            Money threshold = thresholds.getOrDefault(portalId, Money.of(BigDecimal.ZERO, currency));
            if (PayoutRule.decide(available, threshold).pay()) {
                Payout payout = new Payout(portalId, period.code(), period.cutOff(), available,
                        ((Number) row[3]).intValue(), runId, now);
                em.persist(payout);
                payouts.add(payout);
            }
        }
        em.flush();
        if (!payouts.isEmpty()) {
            int expected = payouts.stream().mapToInt(Payout::getEarningsCount).sum();
            int marked = em.createNativeQuery(markPaidSql(payouts.stream().map(Payout::getId).toList()))
                    .setParameter(1, first).setParameter(2, last).setParameter(3, cutOff)
                    .executeUpdate();
            if (marked != expected) {
                // An earning moved between the sums and the update: undo the chunk, it is tried again.
                throw new IllegalStateException("Portals " + first + " to " + last + ": summed " + expected
                        + " earnings but marked " + marked + " as paid");
            }
        }
        PayoutRun run = em.find(PayoutRun.class, runId);
        int before = run.getPortalsDone();
        run.progress(portalIds.size(), payouts.size(), now);
        written.fire(new PayoutsWritten(runId, portalIds.size(), before));
        return payouts.size();
    }

    /** Each portal's threshold under the plan in force at the cut-off (none: any positive balance is paid). */
    private Map<Long, Money> thresholds(long first, long last, LocalDate cutOff) {
        Map<Long, Money> thresholds = new HashMap<>();
        em.createQuery("select c.portalId, c.threshold, c.currency from CommissionPlan c where c.portalId between :first "
                        + "and :last and c.effectiveFrom < :cutOff order by c.portalId, c.effectiveFrom", Object[].class)
                .setParameter("first", first).setParameter("last", last).setParameter("cutOff", cutOff)
                .getResultList()
                .forEach(row -> thresholds.put((Long) row[0], Money.of((BigDecimal) row[1], ((String) row[2]).strip())));
        return thresholds;
    }

    private static BigDecimal toDecimal(Object sum) {
        return sum instanceof BigDecimal decimal ? decimal : new BigDecimal(sum.toString());
    }
}
