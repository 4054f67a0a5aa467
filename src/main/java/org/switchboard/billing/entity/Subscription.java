package org.switchboard.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.switchboard.billing.control.BillingPeriod;
import org.switchboard.billing.control.Proration;
import org.switchboard.platform.kernel.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A client's subscription: a plan, seats and a billing period, charged per period from the day it
 * started (its anchor). The price per seat is the plan's at the time the subscription took the
 * plan; later price changes of the plan do not reach it.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    @SequenceGenerator(name = "subscription_seq", sequenceName = "subscription_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private int seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private BillingPeriod billing;

    @Column(name = "seat_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal seatPrice;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "anchor_date", nullable = false, updatable = false)
    private LocalDate anchorDate;

    @Column(name = "period_index", nullable = false)
    private int periodIndex;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubscriptionStatus status = SubscriptionStatus.ACTIVE;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "next_plan_id")
    private Plan nextPlan;

    @Column(name = "next_seats")
    private Integer nextSeats;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Subscription() {
    }

    public Subscription(long clientId, Plan plan, int seats, BillingPeriod billing, LocalDate start, Instant createdAt) {
        this.clientId = clientId;
        this.plan = plan;
        this.seats = seats;
        this.billing = billing;
        Money price = plan.seatPrice(billing);
        this.seatPrice = price.amount();
        this.currency = price.currency().getCurrencyCode();
        this.anchorDate = start;
        this.periodIndex = 0;
        this.periodStart = start;
        this.periodEnd = Proration.periodEnd(start, billing, 0);
        this.createdAt = createdAt;
    }

    /** The price per seat and period the subscription took. */
    public Money seatPrice() {
        return Money.of(seatPrice, currency);
    }

    /** What one period costs now: seats times the price per seat. */
    public Money periodPrice() {
        return seatPrice().times(seats);
    }

    /**
     * Moves to a plan and seat count now; returns what the rest of the period costs extra. The new
     * plan's price per seat is taken as it is today.
     */
    public Money upgrade(Plan newPlan, int newSeats, LocalDate today) {
        Money before = periodPrice();
        Money newSeatPrice = newPlan.seatPrice(billing);
        if (!newSeatPrice.currency().getCurrencyCode().equals(currency)) {
            throw new IllegalArgumentException("The plan is in " + newSeatPrice.currency() + ", the subscription in " + currency);
        }
        this.plan = newPlan;
        this.seats = newSeats;
        this.seatPrice = newSeatPrice.amount();
        this.nextPlan = null;
        this.nextSeats = null;
        return Proration.upgrade(before, periodPrice(), periodStart, periodEnd, today);
    }

    /** A smaller plan or fewer seats from the next renewal on. */
    public void downgradeAtRenewal(Plan newPlan, int newSeats) {
        this.nextPlan = newPlan;
        this.nextSeats = newSeats;
    }

    /** Runs to the end of the current period, then stops. */
    public void cancelAtPeriodEnd() {
        this.status = SubscriptionStatus.CANCELLING;
    }

    /** The next period starts: a waiting downgrade takes effect, or a cancelled subscription ends. */
    public void renew() {
        if (status == SubscriptionStatus.CANCELLING) {
            status = SubscriptionStatus.CANCELLED;
            return;
        }
        if (nextPlan != null || nextSeats != null) {
            Plan target = nextPlan == null ? plan : nextPlan;
            this.plan = target;
            this.seats = nextSeats == null ? seats : nextSeats;
            this.seatPrice = target.seatPrice(billing).amount();
            this.nextPlan = null;
            this.nextSeats = null;
        }
        this.periodIndex++;
        this.periodStart = this.periodEnd;
        this.periodEnd = Proration.periodEnd(anchorDate, billing, periodIndex);
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public Plan getPlan() {
        return plan;
    }

    public int getSeats() {
        return seats;
    }

    public BillingPeriod getBilling() {
        return billing;
    }

    public String getCurrency() {
        return currency;
    }

    public int getPeriodIndex() {
        return periodIndex;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public Plan getNextPlan() {
        return nextPlan;
    }

    public Integer getNextSeats() {
        return nextSeats;
    }
}
