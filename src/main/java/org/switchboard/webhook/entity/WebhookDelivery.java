package org.switchboard.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * One event on its way to one endpoint, written in the transaction of the change it tells of. Its
 * progress (claims, attempts, the receiver's answer) is written by {@code DeliveryClaims} in
 * statements of their own, so the row needs no version.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    private Long id;

    @Column(name = "endpoint_id", updatable = false)
    private long endpointId;

    @Column(name = "portal_id", updatable = false)
    private long portalId;

    @Column(name = "message_id", updatable = false)
    private String messageId;

    @Column(name = "event_type", updatable = false)
    private String eventType;

    @Column(updatable = false)
    private String payload;

    @Column(name = "dedupe_key", updatable = false)
    private String dedupeKey;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private int attempts;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "last_duration_ms")
    private Integer lastDurationMs;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long endpointId, long portalId, String messageId, WebhookEventType type, String payload,
                           String dedupeKey, Instant createdAt) {
        this.endpointId = endpointId;
        this.portalId = portalId;
        this.messageId = messageId;
        this.eventType = type.code();
        this.payload = payload;
        this.dedupeKey = dedupeKey;
        this.status = DeliveryStatus.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getEndpointId() {
        return endpointId;
    }

    public long getPortalId() {
        return portalId;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer getLastStatusCode() {
        return lastStatusCode;
    }

    public String getLastError() {
        return lastError;
    }

    public Integer getLastDurationMs() {
        return lastDurationMs;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
