package org.switchboard.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A receiver of a portal's events: an HTTPS address, the events it listens to and the secret its
 * deliveries are signed with. The secret must be kept in the clear, because signing needs it;
 * it is shown to the admin once, when it is made or rotated. After a rotation the old secret
 * still signs for {@link #ROTATION_OVERLAP}, beside the new one.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    /** How long deliveries carry the signature of the secret before a rotation too. */
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    @Id
    @SequenceGenerator(name = "webhook_endpoint_seq", sequenceName = "webhook_endpoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_endpoint_seq")
    private Long id;

    @Column(name = "portal_id", updatable = false)
    private long portalId;

    private String url;

    private String description;

    private String events;

    private String secret;

    @Column(name = "previous_secret")
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    private boolean enabled;

    @Column(name = "disabled_reason")
    private String disabledReason;

    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "created_by_user_id", updatable = false)
    private long createdByUserId;

    @Version
    private long version;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(long portalId, String url, String description, Set<WebhookEventType> events, String secret,
                           long createdByUserId, Instant createdAt) {
        this.portalId = portalId;
        this.url = url;
        this.description = description;
        this.events = WebhookEventType.join(events);
        this.secret = secret;
        this.enabled = true;
        this.createdByUserId = createdByUserId;
        this.createdAt = createdAt;
    }

    public void change(String url, String description, Set<WebhookEventType> events) {
        this.url = url;
        this.description = description;
        this.events = WebhookEventType.join(events);
    }

    /** A new secret signs from now on; the old one goes on signing beside it for a day. */
    public void rotate(String newSecret, Instant now) {
        this.previousSecret = secret;
        this.previousSecretUntil = now.plus(ROTATION_OVERLAP);
        this.secret = newSecret;
    }

    /** The secrets a delivery made now is signed with: the current one first. */
    public List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(secret);
        if (previousSecret != null && previousSecretUntil != null && previousSecretUntil.isAfter(now)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    public boolean listensTo(WebhookEventType type) {
        return type == WebhookEventType.TEST || getEvents().contains(type);
    }

    /** The first failed attempt after a delivered one: a day of failures is counted from here. */
    public void failingSince(Instant at) {
        this.failingSince = at;
    }

    public void disable(String reason) {
        this.enabled = false;
        this.disabledReason = reason;
    }

    /** Enabled again, with a clean record: a day of failures is counted from the next failure. */
    public void enable() {
        this.enabled = true;
        this.disabledReason = null;
        this.failingSince = null;
    }

    public Long getId() {
        return id;
    }

    public long getPortalId() {
        return portalId;
    }

    public String getUrl() {
        return url;
    }

    public String getDescription() {
        return description;
    }

    public Set<WebhookEventType> getEvents() {
        return WebhookEventType.split(events);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getDisabledReason() {
        return disabledReason;
    }

    public Instant getFailingSince() {
        return failingSince;
    }

    public Instant getPreviousSecretUntil() {
        return previousSecretUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getCreatedByUserId() {
        return createdByUserId;
    }
}
