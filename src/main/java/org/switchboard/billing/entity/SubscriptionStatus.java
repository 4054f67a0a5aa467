package org.switchboard.billing.entity;

/** Where a subscription stands. */
public enum SubscriptionStatus {
    ACTIVE("Active"),
    /** Cancelled by the customer; runs to the end of the period it is in, then stops. */
    CANCELLING("Ends at period end"),
    CANCELLED("Cancelled");

    private final String label;

    SubscriptionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
