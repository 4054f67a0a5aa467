package org.switchboard.earnings.entity;

/** PENDING until the hold period ends, then AVAILABLE, then PAID by a payout. */
public enum EarningStatus {
    PENDING("Pending"), AVAILABLE("Available"), PAID("Paid");

    private final String label;

    EarningStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
