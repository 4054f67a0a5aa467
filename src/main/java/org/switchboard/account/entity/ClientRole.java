package org.switchboard.account.entity;

/** A person's role inside one client account. */
public enum ClientRole {
    CLIENT_ADMIN("Client admin"),
    RECRUITER("Recruiter"),
    VIEWER("Viewer");

    private final String label;

    ClientRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this role may do what {@code needed} may (admin > recruiter > viewer). */
    public boolean atLeast(ClientRole needed) {
        return ordinal() <= needed.ordinal();
    }

    /** The lesser of this role and another, e.g. a user's role under the client's cap for partners. */
    public ClientRole weaker(ClientRole other) {
        return atLeast(other) ? other : this;
    }
}
