package org.switchboard.earnings.boundary;

import org.switchboard.billing.entity.SaleType;
import org.switchboard.earnings.entity.EarningKind;
import org.switchboard.earnings.entity.EarningStatus;
import org.switchboard.earnings.entity.PayoutStatus;
import org.switchboard.platform.kernel.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The rows and figures of the Earnings page, its exports and the Welcome snapshot. */
public final class EarningsViews {

    private EarningsViews() {
    }

    /** A client purchase attributed to the portal. */
    public record SaleLine(long id, Instant occurredAt, long clientId, String clientName, SaleType type, Money amount,
                           String description) implements Serializable {
    }

    /** A ledger entry, with the sale or referral it came from and the period of the payout that paid it (null while unpaid). */
    public record EarningLine(long id, Instant earnedAt, EarningKind kind, Long clientId, String clientName,
                              String source, Money base, BigDecimal exchangeRate, BigDecimal ratePercent, Money amount,
                              EarningStatus status, LocalDate availableOn, Long payoutId, String payoutPeriod)
            implements Serializable {
    }

    public record PayoutLine(long id, String period, LocalDate cutOff, Money amount, int earningsCount, PayoutStatus status,
                             Instant createdAt, Instant settledAt, String reference) implements Serializable {
    }

    /**
     * Where a page of sales or earnings (newest first) ended: its last row's time and id. The next
     * page starts after it in the same order, so rows added meanwhile neither repeat nor push others off.
     */
    public record TimeMark(Instant at, long id) implements Serializable {
    }

    /** Where a page of payouts (latest period first) ended: its last row's period and id. */
    public record PeriodMark(String period, long id) implements Serializable {
    }

    /** A payout and every earning it pays, for its statement. */
    public record Statement(String portalName, PayoutLine payout, List<EarningLine> lines) implements Serializable {
    }

    /** Twelve months of sales and earnings per currency, oldest month first, for the chart. */
    public record MonthlyFigures(List<YearMonth> months, Map<String, List<BigDecimal>> sales,
                                 Map<String, List<BigDecimal>> earnings) implements Serializable {
    }

    /** What a portal would be paid at a period's cut-off, and why. */
    public record PreviewLine(long portalId, String portalName, Money available, int earnings, Money threshold,
                              boolean pays, String reason) implements Serializable {
    }

    /** The Welcome page's earnings figures of a channel partner. */
    public record Snapshot(List<Money> salesThisMonth, Money earnedThisMonth, Money pending, Money available,
                           LocalDate nextPayoutOn, PreviewLine nextPayout, Money trialPotential, int trials)
            implements Serializable {
    }
}
