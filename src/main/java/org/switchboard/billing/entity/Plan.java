package org.switchboard.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.switchboard.billing.control.BillingPeriod;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;

/** A plan of the catalogue: price per seat per month and per year, in one currency, and its trial length. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "monthly_seat_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthlySeatPrice;

    @Column(name = "annual_seat_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal annualSeatPrice;

    @Column(nullable = false)
    private String currency;

    @Column(name = "trial_days", nullable = false)
    private int trialDays;

    private boolean active;

    @Version
    private long version;

    protected Plan() {
    }

    public Plan(String code, String name, BigDecimal monthlySeatPrice, BigDecimal annualSeatPrice, String currency,
                int trialDays) {
        this.code = code;
        this.currency = currency;
        this.active = true;
        change(name, monthlySeatPrice, annualSeatPrice, trialDays, true);
    }

    /** New terms for new subscriptions; existing subscriptions keep the price they took. */
    public void change(String name, BigDecimal monthlySeatPrice, BigDecimal annualSeatPrice, int trialDays, boolean active) {
        this.name = name;
        this.monthlySeatPrice = Money.round(monthlySeatPrice);
        this.annualSeatPrice = Money.round(annualSeatPrice);
        this.trialDays = trialDays;
        this.active = active;
    }

    /** What one seat costs for one period of this billing. */
    public Money seatPrice(BillingPeriod billing) {
        return Money.of(billing == BillingPeriod.ANNUAL ? annualSeatPrice : monthlySeatPrice, currency);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCurrency() {
        return currency;
    }

    public int getTrialDays() {
        return trialDays;
    }

    public boolean hasTrial() {
        return trialDays > 0;
    }

    public boolean isActive() {
        return active;
    }

    public BigDecimal getMonthlySeatPrice() {
        return monthlySeatPrice;
    }

    public BigDecimal getAnnualSeatPrice() {
        return annualSeatPrice;
    }
}
