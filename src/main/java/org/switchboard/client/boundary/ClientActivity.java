package org.switchboard.client.boundary;

import org.switchboard.client.entity.ActivityType;

import java.time.Instant;

/**
 * Fired, inside the transaction that records it, for every change recorded in a client's activity
 * (not for imported history): areas above (webhooks) announce it further.
 */
public record ClientActivity(long clientId, Long portalId, ActivityType type, String summary, Instant occurredAt) {
}
