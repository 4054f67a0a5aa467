package org.switchboard.access.entity;

/** How a portal user is inside a client account during a visit. */
public enum AccessMode {
    /** As themselves, through a membership made for them on their first visit. */
    AS_SELF("as themselves"),
    /** As one of the client's users, to see what that user sees. */
    AS_USER("as a client user");

    private final String label;

    AccessMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
