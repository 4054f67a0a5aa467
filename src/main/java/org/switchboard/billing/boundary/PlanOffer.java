package org.switchboard.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A plan on sale as the forms offer it; a value, so that view-scoped pages may keep it. */
public record PlanOffer(String code, String name, String currency, BigDecimal monthlySeatPrice,
                        BigDecimal annualSeatPrice, int trialDays) implements Serializable {

    public boolean hasTrial() {
        return trialDays > 0;
    }

    /** "Growth · EUR 9.00 per seat a month or 90.00 a year · 14-day trial". */
    public String label() {
        return name + " · " + currency + " " + monthlySeatPrice + " per seat a month or " + annualSeatPrice + " a year"
                + (hasTrial() ? " · " + trialDays + "-day trial" : " · no trial");
    }
}
