package org.switchboard.billing.boundary;

import org.switchboard.platform.kernel.Money;

import java.io.Serializable;

/** A plan on sale as the forms offer it; a value, so that view-scoped pages may keep it. */
public record PlanOffer(String code, String name, Money monthlySeatPrice, Money annualSeatPrice, int trialDays)
        implements Serializable {

    /** The plan's currency code: a plan is sold in one currency. */
    public String currency() {
        return monthlySeatPrice.currency().getCurrencyCode();
    }

    public boolean hasTrial() {
        return trialDays > 0;
    }

    /** "Growth · EUR 9.00 per seat a month or EUR 90.00 a year · 14-day trial". */
    public String label() {
        return name + " · " + monthlySeatPrice + " per seat a month or " + annualSeatPrice + " a year"
                + (hasTrial() ? " · " + trialDays + "-day trial" : " · no trial");
    }
}
