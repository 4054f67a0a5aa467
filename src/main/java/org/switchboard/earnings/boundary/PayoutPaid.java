package org.switchboard.earnings.boundary;

/** Fired inside the transaction that marks a payout paid. */
public record PayoutPaid(long payoutId) {
}
