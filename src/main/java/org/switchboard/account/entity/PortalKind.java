package org.switchboard.account.entity;

/** What a portal is for; decides which pages its people see (only channel partners earn). */
public enum PortalKind {
    SERVICE_PROVIDER("Service provider"),
    CHANNEL_PARTNER("Channel partner"),
    COMPANY_GROUP("Company group");

    private final String label;

    PortalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
