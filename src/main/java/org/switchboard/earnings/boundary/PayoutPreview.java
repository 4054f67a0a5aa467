package org.switchboard.earnings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.earnings.boundary.EarningsViews.PreviewLine;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.control.PayoutRule;
import org.switchboard.platform.kernel.Money;
import org.switchboard.platform.security.Roles;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The operator's view of a payout run before it runs: for every portal with unpaid earnings before
 * the period's cut-off, what it would be paid and why, by the same rule the run applies. Balances
 * are summed and paged in the database and thresholds read in one query, so ten thousand channel
 * portals cost the same few queries as one.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class PayoutPreview {

    /*
     * Per portal and currency: the pending and available earnings that are (or will be by then)
     * payable before the cut-off, and whether the period paid that portal already (a payout is
     * unique per portal, period and currency, so the join adds no rows).
     */
    private static final String BALANCES = "SELECT e.portal_id, o.name, e.currency, SUM(e.amount), COUNT(*), "
            + "COUNT(p.id) FROM earning e JOIN portal o ON o.id = e.portal_id "
            + "LEFT JOIN payout p ON p.portal_id = e.portal_id AND p.currency = e.currency AND p.period = ?1 "
            + "WHERE e.status IN ('PENDING', 'AVAILABLE') AND e.available_on < ?2 "
            + "GROUP BY e.portal_id, o.name, e.currency ORDER BY o.name, e.portal_id, e.currency";

    @PersistenceContext
    EntityManager em;

    /** The preview's totals: how many portals are paid, how much in each currency, how many carry forward. */
    public record Summary(int lines, int portalsToPay, List<Money> totals, int carriedForward) implements Serializable {
    }

    /** One page of the preview, ordered by portal name. */
    public List<PreviewLine> lines(PayoutPeriod period, int first, int max) {
        List<?> rows = balances(period).setFirstResult(first).setMaxResults(max).getResultList();
        return decide(period, rows, true);
    }

    /** The whole preview's figures (two queries, however many portals). */
    public Summary summary(PayoutPeriod period) {
        List<PreviewLine> all = decide(period, balances(period).getResultList(), false);
        Map<String, Money> totals = new TreeMap<>();
        for (PreviewLine line : all) {
            if (line.pays()) {
                totals.merge(line.available().currency().getCurrencyCode(), line.available(), Money::plus);
            }
        }
        long portalsPaid = all.stream().filter(PreviewLine::pays).map(PreviewLine::portalId).distinct().count();
        long portalsCarried = all.stream().filter(line -> !line.pays()).map(PreviewLine::portalId).distinct().count();
        return new Summary(all.size(), (int) portalsPaid, List.copyOf(totals.values()), (int) portalsCarried);
    }

    private jakarta.persistence.Query balances(PayoutPeriod period) {
        return em.createNativeQuery(BALANCES)
                .setParameter(1, period.code())
                .setParameter(2, Date.valueOf(period.cutOff()));
    }

    @SuppressWarnings("unchecked")
    private List<PreviewLine> decide(PayoutPeriod period, List<?> result, boolean onePage) {
        List<Object[]> rows = (List<Object[]>) result;
        Map<Long, Money> thresholds = thresholds(onePage
                ? rows.stream().map(row -> ((Number) row[0]).longValue()).distinct().toList() : null, period.cutOff());
        List<PreviewLine> lines = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long portalId = ((Number) row[0]).longValue();
            String currency = ((String) row[2]).strip();
            Money available = Money.of(decimal(row[3]), currency);
            int earnings = ((Number) row[4]).intValue();
            // No plan at the cut-off: the run pays any positive balance, so the preview says the same.
            Money threshold = thresholds.getOrDefault(portalId, Money.of(BigDecimal.ZERO, currency));
            if (((Number) row[5]).longValue() > 0) {
                lines.add(new PreviewLine(portalId, (String) row[1], available, earnings, threshold, false,
                        "Paid for " + period + " already; the rest carries forward"));
            } else {
                PayoutRule.Decision decision = PayoutRule.decide(available, threshold);
                lines.add(new PreviewLine(portalId, (String) row[1], available, earnings, threshold, decision.pay(),
                        decision.reason()));
            }
        }
        return lines;
    }

    /**
     * Each portal's threshold under the plan version in force at the cut-off, as the run reads it:
     * of the given portals (a page), or of all of them (the summary, where an IN list could outgrow
     * the databases' parameter limits).
     */
    private Map<Long, Money> thresholds(List<Long> portalIds, LocalDate cutOff) {
        Map<Long, Money> thresholds = new HashMap<>();
        if (portalIds != null && portalIds.isEmpty()) {
            return thresholds;
        }
        var query = em.createQuery("select c.portalId, c.threshold, c.currency from CommissionPlan c where "
                        + (portalIds == null ? "" : "c.portalId in :ids and ")
                        + "c.effectiveFrom < :cutOff order by c.portalId, c.effectiveFrom", Object[].class)
                .setParameter("cutOff", cutOff);
        if (portalIds != null) {
            query.setParameter("ids", portalIds);
        }
        // Ordered by date, so the version in force at the cut-off is the last one put.
        query.getResultList()
                .forEach(row -> thresholds.put((Long) row[0], Money.of((BigDecimal) row[1], ((String) row[2]).strip())));
        return thresholds;
    }

    private static BigDecimal decimal(Object sum) {
        return sum instanceof BigDecimal value ? value : new BigDecimal(sum.toString());
    }
}
