package org.switchboard.billing.control;

/** How often a subscription is charged. */
public enum BillingPeriod {
    MONTHLY("Monthly", 1),
    ANNUAL("Annual", 12);

    private final String label;
    private final int months;

    BillingPeriod(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    public int months() {
        return months;
    }
}
