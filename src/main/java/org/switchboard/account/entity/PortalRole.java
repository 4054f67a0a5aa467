package org.switchboard.account.entity;

/** A portal user's role in one portal. */
public enum PortalRole {
    PORTAL_ADMIN("Portal admin"),
    PARTNER_USER("Partner user");

    private final String label;

    PortalRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
