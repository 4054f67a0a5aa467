package org.switchboard.referral.entity;

/** A referral's way through the operator's hands. */
public enum ReferralStatus {
    SUBMITTED("Submitted"),
    QUALIFIED("Qualified"),
    WON("Won"),
    LOST("Lost");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == SUBMITTED || this == QUALIFIED;
    }
}
