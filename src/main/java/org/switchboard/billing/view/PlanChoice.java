package org.switchboard.billing.view;

import org.switchboard.billing.control.BillingPeriod;

import java.io.Serializable;

/** The plan, seats and billing a form asks for: one object for the three forms that sell a plan. */
public class PlanChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private String planCode;
    private int seats;
    private BillingPeriod billing = BillingPeriod.MONTHLY;

    public PlanChoice(int seats) {
        this.seats = seats;
    }

    public BillingPeriod[] getBillings() {
        return BillingPeriod.values();
    }

    public String getPlanCode() {
        return planCode;
    }

    public void setPlanCode(String planCode) {
        this.planCode = planCode;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    public BillingPeriod getBilling() {
        return billing;
    }

    public void setBilling(BillingPeriod billing) {
        this.billing = billing;
    }
}
