package org.switchboard.billing.boundary;

import org.switchboard.platform.kernel.Money;
import org.switchboard.billing.entity.SaleType;

import java.io.Serializable;
import java.time.Instant;

/** One sale in a client's sales history. */
public record SaleRow(long id, Instant occurredAt, SaleType type, Money amount, String description,
                      boolean refunded) implements Serializable {
}
