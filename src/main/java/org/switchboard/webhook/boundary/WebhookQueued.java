package org.switchboard.webhook.boundary;

import java.util.List;

/** Deliveries were written; observed after their transaction commits, to send them at once. */
public record WebhookQueued(List<Long> deliveryIds) {
}
