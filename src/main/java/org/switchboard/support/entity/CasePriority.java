package org.switchboard.support.entity;

/** How urgently the client needs an answer, as they judge it. */
public enum CasePriority {
    LOW("Low"),
    NORMAL("Normal"),
    HIGH("High"),
    URGENT("Urgent");

    private final String label;

    CasePriority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
