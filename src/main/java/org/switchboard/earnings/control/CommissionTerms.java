package org.switchboard.earnings.control;

import org.switchboard.billing.entity.SaleType;
import org.switchboard.platform.kernel.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The terms of one version of a portal's commission plan, free of persistence so that the rules can
 * be tested on their own: a rate in percent per sale type, volume tiers that add points to every
 * rate, a referral bounty, the hold and clawback periods, the payout threshold and currency.
 */
public record CommissionTerms(Map<SaleType, BigDecimal> rates, List<Tier> tiers, Money referralBounty,
                              int holdDays, int clawbackDays, Money threshold) implements Serializable {

    /** From {@code minClients} paying clients on, {@code bonusPoints} are added to every rate. */
    public record Tier(int minClients, BigDecimal bonusPoints) implements Serializable {
    }

    /** The rate applied to a sale and why, for the earning's record. */
    public record AppliedRate(BigDecimal percent, String note) implements Serializable {
    }

    public CommissionTerms {
        rates = Map.copyOf(rates);
        tiers = tiers.stream().sorted(Comparator.comparingInt(Tier::minClients)).toList();
        Objects.requireNonNull(referralBounty);
        Objects.requireNonNull(threshold);
        if (!referralBounty.currency().equals(threshold.currency())) {
            throw new IllegalArgumentException("A plan pays in one currency");
        }
    }

    public java.util.Currency currency() {
        return threshold.currency();
    }

    /** The base rate of the sale type plus the points of the highest tier the portal has reached. */
    public AppliedRate rateFor(SaleType type, int payingClients) {
        BigDecimal base = rates.getOrDefault(type, BigDecimal.ZERO);
        Tier reached = null;
        for (Tier tier : tiers) {
            if (payingClients >= tier.minClients()) {
                reached = tier;
            }
        }
        if (reached == null || reached.bonusPoints().signum() == 0) {
            return new AppliedRate(base, type + " " + base.stripTrailingZeros().toPlainString() + " %");
        }
        BigDecimal total = base.add(reached.bonusPoints()).min(BigDecimal.valueOf(100));
        return new AppliedRate(total, type + " " + base.stripTrailingZeros().toPlainString() + " % + "
                + reached.bonusPoints().stripTrailingZeros().toPlainString() + " points (" + reached.minClients()
                + "+ paying clients, " + payingClients + " now)");
    }
}
