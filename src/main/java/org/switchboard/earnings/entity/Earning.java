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
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * An entry of a portal's earnings ledger. Its amount, sale, rate and dates never change and it is
 * never deleted (every such column is not updatable); only its status and payout move. A refund
 * adds a CLAWBACK entry that reverses it.
 */
@Entity
@Table(name = "earning")
public class Earning {

    @Id
    @SequenceGenerator(name = "earning_seq", sequenceName = "earning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "earning_seq")
    private Long id;

    @Column(name = "portal_id", nullable = false, updatable = false)
    private long portalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EarningKind kind;

    @Column(name = "sale_id", updatable = false)
    private Long saleId;

    @Column(name = "referral_id", updatable = false)
    private Long referralId;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    @Column(name = "reverses_earning_id", updatable = false)
    private Long reversesEarningId;

    @Column(name = "commission_plan_id", nullable = false, updatable = false)
    private long commissionPlanId;

    @Column(name = "base_amount", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal baseAmount;

    @Column(name = "base_currency", nullable = false, updatable = false)
    private String baseCurrency;

    @Column(name = "exchange_rate", nullable = false, updatable = false, precision = 18, scale = 8)
    private BigDecimal exchangeRate;

    @Column(name = "rate_percent", updatable = false, precision = 5, scale = 2)
    private BigDecimal ratePercent;

    @Column(name = "paying_clients", updatable = false)
    private Integer payingClients;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "earned_at", nullable = false, updatable = false)
    private Instant earnedAt;

    @Column(name = "available_on", nullable = false, updatable = false)
    private LocalDate availableOn;

    @Column(name = "clawback_until", nullable = false, updatable = false)
    private LocalDate clawbackUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EarningStatus status;

    @Column(name = "payout_id")
    private Long payoutId;

    protected Earning() {
    }

    private Earning(long portalId, EarningKind kind, long commissionPlanId, Money base, BigDecimal exchangeRate,
                    Money amount, Instant earnedAt, LocalDate availableOn, LocalDate clawbackUntil) {
        this.portalId = portalId;
        this.kind = kind;
        this.commissionPlanId = commissionPlanId;
        this.baseAmount = base.amount();
        this.baseCurrency = base.currency().getCurrencyCode();
        this.exchangeRate = exchangeRate;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.earnedAt = earnedAt;
        this.availableOn = availableOn;
        this.clawbackUntil = clawbackUntil;
        this.status = availableOn.isAfter(LocalDate.ofInstant(earnedAt, ZoneOffset.UTC))
                ? EarningStatus.PENDING : EarningStatus.AVAILABLE;
    }

    /** Commission on a charge: {@code rate} % of the sale, converted at {@code exchangeRate}. */
    public static Earning commission(long portalId, long saleId, long clientId, long commissionPlanId, Money sale,
                                     BigDecimal exchangeRate, BigDecimal ratePercent, int payingClients, Money amount,
                                     Instant earnedAt, LocalDate availableOn, LocalDate clawbackUntil) {
        Earning earning = new Earning(portalId, EarningKind.COMMISSION, commissionPlanId, sale, exchangeRate, amount,
                earnedAt, availableOn, clawbackUntil);
        earning.saleId = saleId;
        earning.clientId = clientId;
        earning.ratePercent = ratePercent;
        earning.payingClients = payingClients;
        return earning;
    }

    /** The reversal of {@code reversed} after the refund sale {@code refundSaleId}. */
    public static Earning clawback(Earning reversed, long refundSaleId, Money refund, Money amount, Instant earnedAt,
                                   LocalDate availableOn) {
        Earning earning = new Earning(reversed.portalId, EarningKind.CLAWBACK, reversed.commissionPlanId, refund,
                reversed.exchangeRate, amount, earnedAt, availableOn, availableOn);
        earning.saleId = refundSaleId;
        earning.clientId = reversed.clientId;
        earning.reversesEarningId = reversed.id;
        earning.ratePercent = reversed.ratePercent;
        return earning;
    }

    /** The fixed bounty of a won referral. */
    public static Earning bounty(long portalId, long referralId, Long clientId, long commissionPlanId, Money bounty,
                                 Instant earnedAt, LocalDate availableOn) {
        Earning earning = new Earning(portalId, EarningKind.BOUNTY, commissionPlanId, bounty, BigDecimal.ONE, bounty,
                earnedAt, availableOn, availableOn);
        earning.referralId = referralId;
        earning.clientId = clientId;
        return earning;
    }

    @PreRemove
    void refuseRemoval() {
        throw new IllegalStateException("Earnings are never deleted; a refund adds a reversing entry");
    }

    /**
     * {@link #returnFromFailedPayout()} for every earning of one payout (?1) in one statement, as a
     * failed payout runs it (a big portal's payout pays thousands): the rule's guard (paid) and its
     * two changes (available, no payout), the only columns the database lets an earning change.
     * Kept beside the rule it states; {@code ReturnFromFailedPayoutTest} checks that both agree.
     */
    public static final String RETURN_FROM_FAILED_PAYOUT_SQL = "UPDATE earning SET status = 'AVAILABLE', "
            + "payout_id = NULL WHERE payout_id = ?1 AND status = 'PAID'";

    /** Back to the balance after its payout failed. */
    public void returnFromFailedPayout() {
        if (status != EarningStatus.PAID) {
            throw new IllegalStateException("Only a paid earning returns from a payout");
        }
        status = EarningStatus.AVAILABLE;
        payoutId = null;
    }

    public Long getId() {
        return id;
    }

    public long getPortalId() {
        return portalId;
    }

    public EarningKind getKind() {
        return kind;
    }

    public Long getSaleId() {
        return saleId;
    }

    public Long getReferralId() {
        return referralId;
    }

    public Long getClientId() {
        return clientId;
    }

    public Long getReversesEarningId() {
        return reversesEarningId;
    }

    public long getCommissionPlanId() {
        return commissionPlanId;
    }

    public Money getBase() {
        return Money.of(baseAmount, baseCurrency);
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    public Integer getPayingClients() {
        return payingClients;
    }

    public Money getAmount() {
        return Money.of(amount, currency);
    }

    public Instant getEarnedAt() {
        return earnedAt;
    }

    public LocalDate getAvailableOn() {
        return availableOn;
    }

    public LocalDate getClawbackUntil() {
        return clawbackUntil;
    }

    public EarningStatus getStatus() {
        return status;
    }

    public Long getPayoutId() {
        return payoutId;
    }
}
