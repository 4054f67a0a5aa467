package org.switchboard.earnings.control;

import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * How much a sale earns, when the earning can be paid and how a refund reverses it. Amounts are
 * rounded once, at the end, by {@link Money}; a reversal never exceeds what it reverses.
 */
public final class EarningRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EarningRules() {
    }

    /**
     * The commission on a sale: its amount, converted into the plan's currency at
     * {@code exchangeRate} (1 when the currencies are the same), times the rate in percent.
     */
    public static Money commission(Money sale, BigDecimal exchangeRate, BigDecimal ratePercent, Currency payIn) {
        if (sale.amount().signum() < 0) {
            throw new IllegalArgumentException("A commission is earned on a charge, not a refund");
        }
        if (exchangeRate.signum() <= 0) {
            throw new IllegalArgumentException("An exchange rate is positive");
        }
        if (ratePercent.signum() < 0 || ratePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A rate lies between 0 and 100 %");
        }
        // Exact (no intermediate rounding at any precision): Money rounds it, once.
        BigDecimal exact = sale.amount().multiply(exchangeRate).multiply(ratePercent).movePointLeft(2);
        return new Money(exact, payIn);
    }

    /**
     * The reversing amount of an earning when {@code refunded} of a sale of {@code saleAmount} is
     * given back: the same share of the earning, negative, and never more than the earning itself.
     */
    public static Money reversal(Money earning, Money saleAmount, Money refunded) {
        if (saleAmount.amount().signum() == 0) {
            return earning.negate();
        }
        BigDecimal refund = refunded.amount().abs();
        if (refund.compareTo(saleAmount.amount()) >= 0) {
            return earning.negate();
        }
        // earning × refund / sale rounded once: a share rounded first (say to 16 digits) turns an exact
        // half cent such as 11.88 × 93.75 / 198 = 5.625 into 5.6250…01, which rounds the wrong way.
        BigDecimal part = earning.amount().multiply(refund).divide(saleAmount.amount(), Money.SCALE, Money.ROUNDING);
        return new Money(part, earning.currency()).negate();
    }

    public static LocalDate availableOn(LocalDate earnedOn, int holdDays) {
        return earnedOn.plusDays(holdDays);
    }

    public static LocalDate clawbackUntil(LocalDate earnedOn, int clawbackDays) {
        return earnedOn.plusDays(clawbackDays);
    }

    /** A refund claws an earning back only inside the window; after it, the partner keeps it. */
    public static boolean clawsBack(LocalDate refundedOn, LocalDate clawbackUntil) {
        return !refundedOn.isAfter(clawbackUntil);
    }

    /**
     * When a reversal can be netted: not before the earning it reverses could be paid (so the two
     * cancel out while both wait), and not before the refund.
     */
    public static LocalDate reversalAvailableOn(LocalDate refundedOn, LocalDate reversedAvailableOn) {
        return refundedOn.isAfter(reversedAvailableOn) ? refundedOn : reversedAvailableOn;
    }
}
