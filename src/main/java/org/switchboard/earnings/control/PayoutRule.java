package org.switchboard.earnings.control;

import org.switchboard.platform.kernel.Money;

/**
 * Whether a portal is paid at a cut-off: its whole available balance, when that reaches the
 * threshold and is above zero; otherwise it carries forward. So a payout is exactly the balance
 * available at the cut-off and can never leave it negative.
 */
public final class PayoutRule {

    /** What a run does with one portal's balance, and the reason shown in the preview. */
    public record Decision(boolean pay, String reason) {
    }

    private PayoutRule() {
    }

    /** As {@link #decide(Money, Money)}, but a portal the period paid already carries the rest forward. */
    public static Decision decide(PayoutPeriod period, Money available, Money threshold, boolean paidAlready) {
        if (paidAlready) {
            return new Decision(false, "Paid for " + period + " already; the rest carries forward");
        }
        return decide(available, threshold);
    }

    public static Decision decide(Money available, Money threshold) {
        if (available.amount().signum() <= 0) {
            return new Decision(false, available.amount().signum() == 0 ? "Nothing available"
                    : "Negative balance after clawbacks; nets against later earnings");
        }
        if (available.currency().equals(threshold.currency()) && available.compareTo(threshold) < 0) {
            return new Decision(false, "Below the threshold of " + threshold + "; carried forward");
        }
        return new Decision(true, "Pays the available balance");
    }
}
