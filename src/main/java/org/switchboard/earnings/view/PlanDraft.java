package org.switchboard.earnings.view;

import org.switchboard.earnings.boundary.CommissionPlanForm;
import org.switchboard.earnings.entity.CommissionPlan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The New version dialog's fields. It starts from the version in force, so the operator changes
 * only what changes; the service validates the whole form.
 */
public class PlanDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate effectiveFrom;
    private BigDecimal rateNew;
    private BigDecimal rateRenewal;
    private BigDecimal rateUpgrade;
    private String tiers;
    private BigDecimal referralBounty = BigDecimal.ZERO;
    private int holdDays = 30;
    private int clawbackDays = 90;
    private BigDecimal threshold = BigDecimal.ZERO;
    private String currency = "EUR";

    static PlanDraft from(CommissionPlan current, LocalDate today) {
        PlanDraft draft = new PlanDraft();
        draft.effectiveFrom = today;
        if (current != null) {
            draft.rateNew = current.getRateNew();
            draft.rateRenewal = current.getRateRenewal();
            draft.rateUpgrade = current.getRateUpgrade();
            draft.tiers = current.getTiers().stream()
                    .map(tier -> tier.getMinClients() + ": " + tier.getBonusPoints().toPlainString())
                    .collect(Collectors.joining("\n"));
            draft.referralBounty = current.getReferralBounty();
            draft.holdDays = current.getHoldDays();
            draft.clawbackDays = current.getClawbackDays();
            draft.threshold = current.getThreshold();
            draft.currency = current.getCurrency();
        }
        return draft;
    }

    CommissionPlanForm toForm() {
        return new CommissionPlanForm(effectiveFrom, rateNew, rateRenewal, rateUpgrade, tiers, referralBounty, holdDays,
                clawbackDays, threshold, currency == null ? null : currency.strip().toUpperCase(Locale.ROOT));
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public BigDecimal getRateNew() {
        return rateNew;
    }

    public void setRateNew(BigDecimal rateNew) {
        this.rateNew = rateNew;
    }

    public BigDecimal getRateRenewal() {
        return rateRenewal;
    }

    public void setRateRenewal(BigDecimal rateRenewal) {
        this.rateRenewal = rateRenewal;
    }

    public BigDecimal getRateUpgrade() {
        return rateUpgrade;
    }

    public void setRateUpgrade(BigDecimal rateUpgrade) {
        this.rateUpgrade = rateUpgrade;
    }

    public String getTiers() {
        return tiers;
    }

    public void setTiers(String tiers) {
        this.tiers = tiers;
    }

    public BigDecimal getReferralBounty() {
        return referralBounty;
    }

    public void setReferralBounty(BigDecimal referralBounty) {
        this.referralBounty = referralBounty;
    }

    public int getHoldDays() {
        return holdDays;
    }

    public void setHoldDays(int holdDays) {
        this.holdDays = holdDays;
    }

    public int getClawbackDays() {
        return clawbackDays;
    }

    public void setClawbackDays(int clawbackDays) {
        this.clawbackDays = clawbackDays;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
