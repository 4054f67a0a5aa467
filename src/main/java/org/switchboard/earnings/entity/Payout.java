package org.switchboard.earnings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One portal's payment for a period: the sum of the earnings it pays (they point at it). Unique per
 * portal, period and currency. Issued by a run, then marked paid or failed by an operator.
 */
@Entity
@Table(name = "payout")
public class Payout {

    @Id
    @SequenceGenerator(name = "payout_seq", sequenceName = "payout_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payout_seq")
    private Long id;

    @Column(name = "portal_id", nullable = false, updatable = false)
    private long portalId;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(name = "cut_off", nullable = false, updatable = false)
    private LocalDate cutOff;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "earnings_count", nullable = false, updatable = false)
    private int earningsCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PayoutStatus status;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    private String reference;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "settled_by")
    private Long settledBy;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Version
    private long version;

    protected Payout() {
    }

    public Payout(long portalId, String period, LocalDate cutOff, Money amount, int earningsCount, long runId, Instant createdAt) {
        this.portalId = portalId;
        this.period = period;
        this.cutOff = cutOff;
        this.currency = amount.currency().getCurrencyCode();
        this.amount = amount.amount();
        this.earningsCount = earningsCount;
        this.runId = runId;
        this.createdAt = createdAt;
        this.status = PayoutStatus.ISSUED;
    }

    @PreRemove
    void refuseRemoval() {
        throw new IllegalStateException("Payouts are never deleted");
    }

    public void markPaid(String reference, long operatorUserId, Instant at) {
        settle(PayoutStatus.PAID, operatorUserId, at);
        this.reference = reference;
    }

    public void markFailed(String reason, long operatorUserId, Instant at) {
        settle(PayoutStatus.FAILED, operatorUserId, at);
        this.failureReason = reason;
    }

    private void settle(PayoutStatus outcome, long operatorUserId, Instant at) {
        if (status != PayoutStatus.ISSUED) {
            throw new IllegalStateException("Payout " + id + " is " + status.label().toLowerCase() + " already");
        }
        status = outcome;
        settledBy = operatorUserId;
        settledAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getPortalId() {
        return portalId;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDate getCutOff() {
        return cutOff;
    }

    public Money getAmount() {
        return Money.of(amount, currency);
    }

    public int getEarningsCount() {
        return earningsCount;
    }

    public PayoutStatus getStatus() {
        return status;
    }

    public long getRunId() {
        return runId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getReference() {
        return reference;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public Instant getSettledAt() {
        return settledAt;
    }
}
