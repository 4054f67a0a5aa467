package org.switchboard.webhook.boundary;

import org.switchboard.webhook.entity.WebhookEndpoint;
import org.switchboard.webhook.entity.WebhookEventType;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * An endpoint as pages hold it in their view state: everything but its secrets, which are read
 * only to sign and never sit in a session.
 */
public record EndpointSummary(long id, String url, String description, Set<WebhookEventType> events, boolean enabled,
                              String disabledReason, Instant failingSince, Instant createdAt) implements Serializable {

    public static EndpointSummary of(WebhookEndpoint endpoint) {
        return new EndpointSummary(endpoint.getId(), endpoint.getUrl(), endpoint.getDescription(), Set.copyOf(endpoint.getEvents()),
                endpoint.isEnabled(), endpoint.getDisabledReason(), endpoint.getFailingSince(), endpoint.getCreatedAt());
    }

    /** The events as their codes, for a list. */
    public String codes() {
        return WebhookEventType.join(events);
    }
}
