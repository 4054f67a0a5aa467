package org.switchboard.earnings.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The month a payout run pays for, such as 2026-10. Its cut-off is the first day of the next
 * month: earnings available before that day are paid in it.
 */
public record PayoutPeriod(YearMonth month) implements Serializable, Comparable<PayoutPeriod> {

    public static Optional<PayoutPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PayoutPeriod(YearMonth.parse(text.strip())));
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }

    /** The month that ended most recently before {@code today}: what the run on the 1st pays for. */
    public static PayoutPeriod lastEndedBefore(LocalDate today) {
        return new PayoutPeriod(YearMonth.from(today).minusMonths(1));
    }

    public LocalDate cutOff() {
        return month.plusMonths(1).atDay(1);
    }

    /** A period can be paid once it is over. */
    public boolean isOverOn(LocalDate today) {
        return !today.isBefore(cutOff());
    }

    public PayoutPeriod next() {
        return new PayoutPeriod(month.plusMonths(1));
    }

    public String code() {
        return month.toString();
    }

    @Override
    public int compareTo(PayoutPeriod other) {
        return month.compareTo(other.month);
    }

    @Override
    public String toString() {
        return code();
    }
}
