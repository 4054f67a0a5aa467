package org.switchboard.account.entity;

/** Where a client account stands commercially. */
public enum ClientStatus {
    TRIAL("Trial"),
    ACTIVE("Active"),
    PAST_DUE("Past due"),
    CANCELLED("Cancelled"),
    EXPIRED("Expired");

    private final String label;

    ClientStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
