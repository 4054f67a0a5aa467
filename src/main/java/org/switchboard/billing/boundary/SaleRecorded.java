package org.switchboard.billing.boundary;

/** Fired, inside the transaction that records it, for every new sale; earnings observe it. */
public record SaleRecorded(long saleId) {
}
