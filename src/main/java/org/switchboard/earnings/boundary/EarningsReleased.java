package org.switchboard.earnings.boundary;

import org.switchboard.platform.kernel.Money;

import java.time.LocalDate;

/**
 * Fired inside the transaction that makes earnings available: by the release of held earnings,
 * once per portal and currency (how many, for how much), or {@code atOnce} for one earning that had
 * no hold to wait out.
 */
public record EarningsReleased(long portalId, LocalDate on, int earnings, Money amount, boolean atOnce) {
}
