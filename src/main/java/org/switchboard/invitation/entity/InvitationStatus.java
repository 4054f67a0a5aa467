package org.switchboard.invitation.entity;

/** Where an invitation stands, as the lists show it. */
public enum InvitationStatus {
    PENDING("Pending"),
    ACCEPTED("Accepted"),
    EXPIRED("Expired"),
    REVOKED("Revoked");

    private final String label;

    InvitationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
