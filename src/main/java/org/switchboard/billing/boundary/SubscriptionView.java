package org.switchboard.billing.boundary;

import org.switchboard.platform.kernel.Money;
import org.switchboard.billing.control.BillingPeriod;
import org.switchboard.billing.entity.SubscriptionStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** A client's subscription as its details page shows it. */
public record SubscriptionView(String planCode, String planName, int seats, BillingPeriod billing, Money seatPrice,
                               Money periodPrice, LocalDate periodStart, LocalDate periodEnd,
                               SubscriptionStatus status, String nextPlanName, Integer nextSeats) implements Serializable {
}
