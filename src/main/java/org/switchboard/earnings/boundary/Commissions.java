package org.switchboard.earnings.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.entity.PortalKind;
import org.switchboard.billing.boundary.SaleRecorded;
import org.switchboard.billing.entity.Sale;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.billing.entity.SubscriptionStatus;
import org.switchboard.earnings.control.CommissionTerms;
import org.switchboard.earnings.control.EarningRules;
import org.switchboard.earnings.entity.CommissionPlan;
import org.switchboard.earnings.entity.Earning;
import org.switchboard.earnings.entity.EarningStatus;
import org.switchboard.earnings.entity.EarningKind;
import org.switchboard.earnings.entity.HeldSale;
import org.switchboard.platform.kernel.Money;
import org.switchboard.referral.boundary.ReferralWon;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Turns sales into a channel partner's earnings, in the transaction that records the sale: the
 * commission of a charge, the reversal of a refund inside the clawback window, the bounty of a won
 * referral. Only channel portals with a commission plan in force on the sale's date earn; the
 * version in force on that date decides, so a later plan change never touches past sales.
 */
@Stateless
public class Commissions {

    private static final Logger LOG = Logger.getLogger(Commissions.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ExchangeRates rates;

    @Inject
    Clock clock;

    @Inject
    Event<EarningsReleased> available;

    public void onSale(@Observes SaleRecorded recorded) {
        earn(em.find(Sale.class, recorded.saleId()));
    }

    public void onReferralWon(@Observes ReferralWon won) {
        LocalDate day = LocalDate.ofInstant(won.wonAt(), ZoneOffset.UTC);
        Optional<CommissionPlan> plan = channelPlan(won.portalId(), day);
        if (plan.isEmpty() || plan.get().getReferralBounty().signum() == 0) {
            return;
        }
        CommissionTerms terms = plan.get().terms();
        boolean paidAlready = !em.createQuery("select e.id from Earning e where e.referralId = :referral", Long.class)
                .setParameter("referral", won.referralId()).getResultList().isEmpty();
        if (!paidAlready) {
            earned(Earning.bounty(won.portalId(), won.referralId(), won.clientId(), plan.get().getId(),
                    terms.referralBounty(), won.wonAt(), EarningRules.availableOn(day, terms.holdDays())));
        }
    }

    /**
     * Records what a sale earns, if anything. Returns false when it must wait for an exchange rate
     * (the sale is then held and shown to the operator); true when it is settled, earning or not.
     */
    public boolean earn(Sale sale) {
        if (sale.getPortalId() == null) {
            return true;
        }
        boolean earnedAlready = !em.createQuery("select e.id from Earning e where e.saleId = :sale", Long.class)
                .setParameter("sale", sale.getId()).getResultList().isEmpty();
        if (earnedAlready) {
            resolveHold(sale.getId());
            return true;
        }
        boolean settled = sale.getType() == SaleType.REFUND ? clawBack(sale) : commission(sale);
        if (settled) {
            resolveHold(sale.getId());
        }
        return settled;
    }

    private boolean commission(Sale sale) {
        LocalDate day = LocalDate.ofInstant(sale.getOccurredAt(), ZoneOffset.UTC);
        Optional<CommissionPlan> version = channelPlan(sale.getPortalId(), day);
        if (version.isEmpty() || sale.getAmount().amount().signum() == 0) {
            return true;
        }
        CommissionPlan plan = version.get();
        CommissionTerms terms = plan.terms();
        String from = sale.getAmount().currency().getCurrencyCode();
        Optional<BigDecimal> exchange = rates.rateOn(from, plan.getCurrency(), day);
        if (exchange.isEmpty()) {
            hold(sale, "No " + from + " to " + plan.getCurrency() + " exchange rate on " + day);
            return false;
        }
        int paying = payingClients(sale.getPortalId());
        CommissionTerms.AppliedRate rate = terms.rateFor(sale.getType(), paying);
        Money amount = EarningRules.commission(sale.getAmount(), exchange.get(), rate.percent(), terms.currency());
        earned(Earning.commission(sale.getPortalId(), sale.getId(), sale.getClientId(), plan.getId(), sale.getAmount(),
                exchange.get(), rate.percent(), paying, amount, sale.getOccurredAt(),
                EarningRules.availableOn(day, terms.holdDays()), EarningRules.clawbackUntil(day, terms.clawbackDays())));
        return true;
    }

    /** Keeps an earning; one with no hold (or a past one) is available at once, and announced as such. */
    private void earned(Earning earning) {
        em.persist(earning);
        if (earning.getStatus() == EarningStatus.AVAILABLE) {
            available.fire(new EarningsReleased(earning.getPortalId(), earning.getAvailableOn(), 1, earning.getAmount(), true));
        }
    }

    /** A refund reverses the commission of the charge it refunds, if it falls inside the clawback window. */
    private boolean clawBack(Sale refund) {
        if (refund.getRefundsSaleId() == null) {
            return true;
        }
        HeldSale chargeHold = em.find(HeldSale.class, refund.getRefundsSaleId());
        boolean chargeHeld = chargeHold != null && chargeHold.getResolvedAt() == null;
        if (chargeHeld) {
            hold(refund, "Refunds sale " + refund.getRefundsSaleId() + ", whose earning waits for an exchange rate");
            return false;
        }
        Optional<Earning> earned = em.createQuery("select e from Earning e where e.saleId = :sale and e.kind = :commission",
                        Earning.class)
                .setParameter("sale", refund.getRefundsSaleId()).setParameter("commission", EarningKind.COMMISSION)
                .getResultStream().findFirst();
        if (earned.isEmpty()) {
            return true;
        }
        Earning original = earned.get();
        LocalDate day = LocalDate.ofInstant(refund.getOccurredAt(), ZoneOffset.UTC);
        if (!EarningRules.clawsBack(day, original.getClawbackUntil())) {
            LOG.fine(() -> "Refund " + refund.getId() + " is after the clawback window of earning " + original.getId());
            return true;
        }
        Sale charge = em.find(Sale.class, refund.getRefundsSaleId());
        Money reversal = EarningRules.reversal(original.getAmount(), charge.getAmount(), refund.getAmount());
        em.persist(Earning.clawback(original, refund.getId(), refund.getAmount(), reversal, refund.getOccurredAt(),
                EarningRules.reversalAvailableOn(day, original.getAvailableOn())));
        return true;
    }

    private void hold(Sale sale, String reason) {
        HeldSale hold = em.find(HeldSale.class, sale.getId());
        if (hold == null) {
            em.persist(new HeldSale(sale.getId(), sale.getPortalId(), reason, clock.instant()));
            LOG.warning(() -> "Sale " + sale.getId() + " of portal " + sale.getPortalId() + " is held: " + reason);
        } else {
            hold.stillHeld(reason);
        }
    }

    private void resolveHold(long saleId) {
        HeldSale hold = em.find(HeldSale.class, saleId);
        if (hold != null && hold.getResolvedAt() == null) {
            hold.resolve(clock.instant());
        }
    }

    /** The version of a channel portal's plan in force on a day. */
    public Optional<CommissionPlan> channelPlan(long portalId, LocalDate day) {
        return em.createQuery("select c from CommissionPlan c, Portal p where p.id = c.portalId and p.id = :portal "
                        + "and p.kind = :channel and c.effectiveFrom <= :day order by c.effectiveFrom desc",
                        CommissionPlan.class)
                .setParameter("portal", portalId).setParameter("channel", PortalKind.CHANNEL_PARTNER)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Clients of the portal with a subscription that is not cancelled: the basis of the volume tiers. */
    public int payingClients(long portalId) {
        return em.createQuery("select count(s) from Subscription s, ClientAccount c where c.id = s.clientId "
                        + "and c.portal.id = :portal and s.status <> :cancelled", Long.class)
                .setParameter("portal", portalId).setParameter("cancelled", SubscriptionStatus.CANCELLED)
                .getSingleResult().intValue();
    }
}
