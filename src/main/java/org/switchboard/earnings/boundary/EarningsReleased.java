package org.switchboard.earnings.boundary;

import org.switchboard.platform.kernel.Money;

import java.time.LocalDate;

/**
 * Fired inside the transaction that releases earnings from their hold, once per portal and
 * currency: how many became available and for how much.
 */
public record EarningsReleased(long portalId, LocalDate on, int earnings, Money amount) {
}
