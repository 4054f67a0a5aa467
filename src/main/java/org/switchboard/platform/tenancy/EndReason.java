package org.switchboard.platform.tenancy;

/** Why a visit ended; shown in the partner access history. */
public enum EndReason {
    BACK_TO_PORTAL("Back to portal"),
    LOGOUT("Logged out"),
    IDLE("Idle too long"),
    TIME_LIMIT("Time limit reached"),
    SWITCHED_ACCOUNT("Switched account"),
    /** The person started another visit from another browser; one visit at a time. */
    SUPERSEDED("Replaced by a newer visit"),
    /** The client stopped partner login, the person left the portal or lost the client from scope. */
    ACCESS_REVOKED("Access withdrawn"),
    DEACTIVATED("Person deactivated");

    private final String label;

    EndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
