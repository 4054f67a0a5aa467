package org.switchboard.earnings.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.switchboard.billing.entity.SaleType;
import org.switchboard.earnings.control.CommissionTerms;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One version of a channel portal's commission plan, in force from its effective date until the
 * next version's. Versions are never changed: a new one applies to sales from its date on, and
 * every earning names the version it was earned under.
 */
@Entity
@Table(name = "commission_plan")
public class CommissionPlan {

    @Id
    @SequenceGenerator(name = "commission_plan_seq", sequenceName = "commission_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commission_plan_seq")
    private Long id;

    @Column(name = "portal_id", nullable = false, updatable = false)
    private long portalId;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "rate_new", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal rateNew;

    @Column(name = "rate_renewal", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal rateRenewal;

    @Column(name = "rate_upgrade", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal rateUpgrade;

    @Column(name = "referral_bounty", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal referralBounty;

    @Column(name = "hold_days", nullable = false, updatable = false)
    private int holdDays;

    @Column(name = "clawback_days", nullable = false, updatable = false)
    private int clawbackDays;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal threshold;

    @Column(nullable = false, updatable = false)
    private String currency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commission_tier", joinColumns = @JoinColumn(name = "commission_plan_id"))
    private List<CommissionTier> tiers = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CommissionPlan() {
    }

    public CommissionPlan(long portalId, LocalDate effectiveFrom, CommissionTerms terms, long createdBy, Instant createdAt) {
        this.portalId = portalId;
        this.effectiveFrom = effectiveFrom;
        this.rateNew = terms.rates().getOrDefault(SaleType.NEW, BigDecimal.ZERO);
        this.rateRenewal = terms.rates().getOrDefault(SaleType.RENEWAL, BigDecimal.ZERO);
        this.rateUpgrade = terms.rates().getOrDefault(SaleType.UPGRADE, BigDecimal.ZERO);
        this.referralBounty = terms.referralBounty().amount();
        this.holdDays = terms.holdDays();
        this.clawbackDays = terms.clawbackDays();
        this.threshold = terms.threshold().amount();
        this.currency = terms.currency().getCurrencyCode();
        terms.tiers().forEach(tier -> tiers.add(new CommissionTier(tier.minClients(), tier.bonusPoints())));
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("A commission plan version is never changed; add a new version");
    }

    public CommissionTerms terms() {
        return new CommissionTerms(Map.of(SaleType.NEW, rateNew, SaleType.RENEWAL, rateRenewal, SaleType.UPGRADE, rateUpgrade),
                tiers.stream().map(tier -> new CommissionTerms.Tier(tier.getMinClients(), tier.getBonusPoints())).toList(),
                bounty(), holdDays, clawbackDays, payoutThreshold());
    }

    /** The referral bounty with the plan's currency. */
    public Money bounty() {
        return Money.of(referralBounty, currency);
    }

    /** The payout threshold with the plan's currency. */
    public Money payoutThreshold() {
        return Money.of(threshold, currency);
    }

    public Long getId() {
        return id;
    }

    public long getPortalId() {
        return portalId;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getRateNew() {
        return rateNew;
    }

    public BigDecimal getRateRenewal() {
        return rateRenewal;
    }

    public BigDecimal getRateUpgrade() {
        return rateUpgrade;
    }

    public BigDecimal getReferralBounty() {
        return referralBounty;
    }

    public int getHoldDays() {
        return holdDays;
    }

    public int getClawbackDays() {
        return clawbackDays;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public String getCurrency() {
        return currency;
    }

    public List<CommissionTier> getTiers() {
        return List.copyOf(tiers);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
