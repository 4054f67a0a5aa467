package org.switchboard.earnings.entity;

/** ISSUED by a run; the operator then marks it PAID (with a reference) or FAILED. */
public enum PayoutStatus {
    ISSUED("Issued"), PAID("Paid"), FAILED("Failed");

    private final String label;

    PayoutStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
