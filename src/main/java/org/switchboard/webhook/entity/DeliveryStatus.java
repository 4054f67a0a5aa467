package org.switchboard.webhook.entity;

/** PENDING until the receiver answers 2xx (DELIVERED) or the attempts run out (FAILED). */
public enum DeliveryStatus {
    PENDING("Pending"), DELIVERED("Delivered"), FAILED("Failed");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
