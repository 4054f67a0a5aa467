package org.switchboard.earnings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.entity.ClientStatus;
import org.switchboard.billing.entity.Plan;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.earnings.boundary.EarningsViews.PreviewLine;
import org.switchboard.earnings.boundary.EarningsViews.Snapshot;
import org.switchboard.earnings.control.CommissionTerms;
import org.switchboard.earnings.control.EarningRules;
import org.switchboard.earnings.control.PayoutBalances;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.entity.CommissionPlan;
import org.switchboard.earnings.entity.EarningStatus;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A channel partner's earnings on the Welcome page: this month's sales and earnings, what is
 * pending and available, the next payout as the run will decide it ({@link PayoutBalances}), and
 * what the trials would earn if they converted.
 */
@Stateless
public class EarningsSnapshot {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnerEarnings earnings;

    @Inject
    Commissions commissions;

    @Inject
    Clock clock;

    /** The Welcome page's figures; empty when the portal has no commission plan today. */
    public Optional<Snapshot> snapshot(long portalId, long userId) {
        if (!earnings.maySee(userId, portalId)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Optional<CommissionPlan> plan = commissions.channelPlan(portalId, today);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        CommissionTerms terms = plan.get().terms();
        String currency = terms.currency().getCurrencyCode();
        YearMonth month = YearMonth.from(today);
        EarningsFilter thisMonth = new EarningsFilter(month, month, null);
        List<Money> sales = earnings.salesTotals(portalId, userId, thisMonth);
        Money earned = in(currency, earnings.earningsTotals(portalId, userId, thisMonth));
        Money pending = statusSum(portalId, currency, EarningStatus.PENDING);
        Money available = statusSum(portalId, currency, EarningStatus.AVAILABLE);
        PayoutPeriod next = new PayoutPeriod(month);
        String name = em.createQuery("select p.name from Portal p where p.id = :id", String.class)
                .setParameter("id", portalId).getSingleResult();
        PreviewLine nextPayout = PayoutBalances.forecastOf(new NativeLedgerSql(em), next, portalId, name)
                .map(PayoutPreview::line).orElse(null);
        // What the trials would earn if they converted today at their plan and seats, monthly.
        List<Object[]> trials = em.createQuery("select c.planCode, c.seats from ClientAccount c where c.portal.id = :portal "
                        + "and c.status = :trial", Object[].class)
                .setParameter("portal", portalId).setParameter("trial", ClientStatus.TRIAL).getResultList();
        Map<String, Plan> plans = new java.util.HashMap<>();
        em.createQuery("select p from Plan p", Plan.class).getResultList().forEach(p -> plans.put(p.getCode(), p));
        BigDecimal rate = terms.rateFor(SaleType.NEW, commissions.payingClients(portalId) + 1).percent();
        Money potential = Money.of(BigDecimal.ZERO, currency);
        int counted = 0;
        for (Object[] trial : trials) {
            Plan trialPlan = plans.get((String) trial[0]);
            if (trialPlan == null || !trialPlan.getCurrency().equals(currency)) {
                continue;
            }
            Money price = trialPlan.seatPrice(org.switchboard.billing.control.BillingPeriod.MONTHLY)
                    .times(Math.max(1, (Integer) trial[1]));
            potential = potential.plus(EarningRules.commission(price, BigDecimal.ONE, rate, terms.currency()));
            counted++;
        }
        return Optional.of(new Snapshot(sales, earned, pending, available, next.cutOff(), nextPayout, potential, counted));
    }

    private Money statusSum(long portalId, String currency, EarningStatus status) {
        BigDecimal sum = em.createQuery("select sum(e.amount) from Earning e where e.portalId = :portal "
                        + "and e.currency = :currency and e.status = :status", BigDecimal.class)
                .setParameter("portal", portalId).setParameter("currency", currency).setParameter("status", status)
                .getSingleResult();
        return Money.of(sum == null ? BigDecimal.ZERO : sum, currency);
    }

    private static Money in(String currency, List<Money> totals) {
        return totals.stream().filter(m -> m.currency().getCurrencyCode().equals(currency)).findFirst()
                .orElse(Money.of(BigDecimal.ZERO, currency));
    }
}
