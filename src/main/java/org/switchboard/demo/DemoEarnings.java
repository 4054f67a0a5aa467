package org.switchboard.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.entity.ClientAccount;
import org.switchboard.account.entity.Portal;
import org.switchboard.billing.boundary.SalesLedger;
import org.switchboard.billing.control.BillingPeriod;
import org.switchboard.billing.entity.Plan;
import org.switchboard.billing.entity.Sale;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.billing.entity.Subscription;
import org.switchboard.earnings.boundary.PayoutClaims;
import org.switchboard.earnings.boundary.PayoutLedger;
import org.switchboard.earnings.control.CommissionTerms;
import org.switchboard.earnings.control.PayoutPeriod;
import org.switchboard.earnings.entity.CommissionPlan;
import org.switchboard.identity.entity.User;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A year of Brightpath's money, made the way production makes it: a commission plan, monthly
 * subscriptions whose sales are recorded through the sales ledger (so their earnings follow the
 * plan), one refund inside the clawback window, and the payout runs of the months that have ended,
 * all settled as paid except the latest.
 */
@Stateless
public class DemoEarnings {

    @PersistenceContext
    EntityManager em;

    @Inject
    SalesLedger sales;

    @Inject
    PayoutLedger payouts;

    @Inject
    PayoutClaims claims;

    @Inject
    DemoPayoutSettlement settle;

    @Inject
    Clock clock;

    /** The plan and a year of sales, with their earnings, in the caller's transaction. */
    public void create() {
        Portal brightpath = em.createQuery("select p from Portal p where p.name = 'Brightpath Partners'", Portal.class)
                .getSingleResult();
        User olivia = em.createQuery("select u from User u where u.email = 'olivia.ops@switchboard.example'", User.class)
                .getSingleResult();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        CommissionTerms terms = new CommissionTerms(
                Map.of(SaleType.NEW, new BigDecimal("20.00"), SaleType.RENEWAL, new BigDecimal("10.00"),
                        SaleType.UPGRADE, new BigDecimal("20.00")),
                List.of(new CommissionTerms.Tier(50, new BigDecimal("5.00"))),
                Money.of("250.00", "EUR"), 30, 90, Money.of("100.00", "EUR"));
        em.persist(new CommissionPlan(brightpath.getId(), today.minusDays(400), terms, olivia.getId(),
                clock.instant().minusSeconds(400L * 86_400)));

        subscribe("Lumen Studios", "pro", 18, today.minusMonths(12).withDayOfMonth(5), today, null);
        subscribe("Cobalt Robotics", "pro", 60, today.minusMonths(8).withDayOfMonth(12), today, 2);
    }

    /**
     * The payout runs of every month that has ended since the first sale, oldest first, through the
     * run's own steps (each commits on its own); all settled as paid except the latest.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public void payPastMonths() {
        Portal brightpath = em.createQuery("select p from Portal p where p.name = 'Brightpath Partners'", Portal.class)
                .getSingleResult();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        payouts.release(today);
        for (PayoutPeriod period = new PayoutPeriod(YearMonth.from(today.minusMonths(12))); period.isOverOn(today);
             period = period.next()) {
            long runId = claims.claim(period.code(), null);
            payouts.pay(runId, period, List.of(brightpath.getId()));
            claims.complete(runId);
        }
        settle.settleAllButLatest(brightpath.getId());
    }

    /** A monthly subscription since {@code start}, every period's sale recorded; refunds period {@code refundPeriod}. */
    private void subscribe(String clientName, String planCode, int seats, LocalDate start, LocalDate today,
                           Integer refundPeriod) {
        ClientAccount client = em.createQuery("select c from ClientAccount c where c.name = :name", ClientAccount.class)
                .setParameter("name", clientName).getSingleResult();
        Plan plan = em.createQuery("select p from Plan p where p.code = :code", Plan.class)
                .setParameter("code", planCode).getSingleResult();
        Subscription subscription = new Subscription(client.getId(), plan, seats, BillingPeriod.MONTHLY, start,
                start.atStartOfDay().toInstant(ZoneOffset.UTC));
        em.persist(subscription);
        em.flush();
        Long portalId = client.getPortal().getId();
        Sale charge = sales.record(new Sale("NEW:" + subscription.getId(), SaleType.NEW, portalId, client.getId(),
                subscription.getId(), subscription.periodPrice(), at(start, 9), "New subscription: " + plan.getName()
                + ", " + seats + " seats, monthly", null));
        while (!subscription.getPeriodEnd().isAfter(today)) {
            subscription.renew();
            LocalDate renewed = subscription.getPeriodStart();
            charge = sales.record(new Sale("RENEWAL:" + subscription.getId() + ":" + subscription.getPeriodIndex(),
                    SaleType.RENEWAL, portalId, client.getId(), subscription.getId(), subscription.periodPrice(),
                    at(renewed, 2), "Renewal for " + renewed + " to " + subscription.getPeriodEnd() + ": " + plan.getName()
                    + ", " + seats + " seats", null));
            if (refundPeriod != null && subscription.getPeriodIndex() == refundPeriod) {
                Money refund = charge.getAmount().negate();
                sales.record(new Sale("REFUND:" + charge.getId(), SaleType.REFUND, portalId, client.getId(),
                        subscription.getId(), refund, at(renewed.plusDays(6), 11), "Refund of: " + charge.getDescription(),
                        charge.getId()));
            }
        }
        client.subscribe(plan.getCode(), seats);
    }

    private static java.time.Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }
}
