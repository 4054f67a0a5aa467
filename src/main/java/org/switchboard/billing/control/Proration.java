package org.switchboard.billing.control;

import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What an upgrade costs for the rest of the period: the difference between the new and the old
 * period price, times the share of the period's days still to come. Exact until {@link Money}
 * rounds the result once.
 */
public final class Proration {

    private Proration() {
    }

    /**
     * @param oldPrice the period price before (per seat times seats)
     * @param newPrice the period price after
     * @param start    the period's first day
     * @param end      the day after the period's last (the next period's start)
     * @param today    the day of the change; the change counts from this day on
     */
    public static Money upgrade(Money oldPrice, Money newPrice, LocalDate start, LocalDate end, LocalDate today) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A period ends after it starts: " + start + " to " + end);
        }
        long days = ChronoUnit.DAYS.between(start, end);
        LocalDate from = today.isBefore(start) ? start : today;
        long left = Math.max(0, ChronoUnit.DAYS.between(from, end));
        Money difference = newPrice.minus(oldPrice);
        BigDecimal share = difference.amount().multiply(BigDecimal.valueOf(left))
                .divide(BigDecimal.valueOf(days), MathContext.DECIMAL128);
        return new Money(share, difference.currency());
    }

    /**
     * The end of the period numbered {@code index} (0 for the first) of a subscription that started on
     * {@code anchor}. Counted from the anchor each time, so that a subscription started on 31 January
     * renews on 28 (or 29) February, then on 31 March, never drifting to the 28th for good.
     */
    public static LocalDate periodEnd(LocalDate anchor, BillingPeriod period, int index) {
        return anchor.plusMonths((long) period.months() * (index + 1));
    }
}
