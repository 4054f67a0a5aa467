package org.switchboard.support.entity;

/** Where a support case stands: OPEN → IN_PROGRESS → WAITING_ON_CUSTOMER → SOLVED. */
public enum CaseStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    WAITING_ON_CUSTOMER("Waiting on you"),
    SOLVED("Solved");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSolved() {
        return this == SOLVED;
    }
}
