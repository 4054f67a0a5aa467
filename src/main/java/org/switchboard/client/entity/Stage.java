package org.switchboard.client.entity;

/** Where a candidate stands in a job's hiring process. */
public enum Stage {
    APPLIED("Applied"),
    SCREENING("Screening"),
    INTERVIEW("Interview"),
    OFFER("Offer"),
    HIRED("Hired"),
    REJECTED("Rejected");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
