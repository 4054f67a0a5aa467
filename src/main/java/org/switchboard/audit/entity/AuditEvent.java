package org.switchboard.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.switchboard.platform.persistence.AppendOnly;

import java.time.Instant;

/**
 * An append-only record of a security-relevant action. It has no setters, every column is
 * insert-only, and an attempt to update or remove one fails loudly.
 */
@Entity
@EntityListeners(AppendOnly.class)
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditType type;

    /** The real person who acted. */
    @Column(name = "actor_user_id", updatable = false)
    private Long actorUserId;

    /** The person acted as, where someone signed in as another user. */
    @Column(name = "effective_user_id", updatable = false)
    private Long effectiveUserId;

    /** The partner visit this happened in, if any. */
    @Column(name = "access_session_id", updatable = false)
    private Long accessSessionId;

    @Column(name = "portal_id", updatable = false)
    private Long portalId;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    /** What the action was about in words, e.g. the e-mail typed at a failed login. */
    @Column(updatable = false)
    private String subject;

    @Column(updatable = false)
    private String detail;

    @Column(name = "source_address", updatable = false)
    private String sourceAddress;

    protected AuditEvent() {
    }

    AuditEvent(Builder builder) {
        this.occurredAt = builder.occurredAt;
        this.type = builder.type;
        this.actorUserId = builder.actorUserId;
        this.effectiveUserId = builder.effectiveUserId;
        this.accessSessionId = builder.accessSessionId;
        this.portalId = builder.portalId;
        this.clientId = builder.clientId;
        this.subject = clip(builder.subject, 254);
        this.detail = clip(builder.detail, 1000);
        this.sourceAddress = clip(builder.sourceAddress, 64);
    }

    public static Builder of(AuditType type) {
        return new Builder(type);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditType getType() {
        return type;
    }

    public Long getActorUserId() {
        return actorUserId;
    }

    public Long getEffectiveUserId() {
        return effectiveUserId;
    }

    public Long getAccessSessionId() {
        return accessSessionId;
    }

    public Long getPortalId() {
        return portalId;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    /** Collects an event's facts; {@link org.switchboard.audit.boundary.AuditLog} stamps time and address. */
    public static final class Builder {
        private final AuditType type;
        private Instant occurredAt;
        private Long actorUserId;
        private Long effectiveUserId;
        private Long accessSessionId;
        private Long portalId;
        private Long clientId;
        private String subject;
        private String detail;
        private String sourceAddress;

        private Builder(AuditType type) {
            this.type = type;
        }

        public Builder actor(Long userId) {
            this.actorUserId = userId;
            return this;
        }

        public Builder effectiveUser(Long userId) {
            this.effectiveUserId = userId;
            return this;
        }

        public Builder accessSession(Long accessSessionId) {
            this.accessSessionId = accessSessionId;
            return this;
        }

        /** Whether the event already names a visit, so that the log does not stamp the current one. */
        public boolean namesVisit() {
            return accessSessionId != null;
        }

        public Builder portal(Long portalId) {
            this.portalId = portalId;
            return this;
        }

        public Builder client(Long clientId) {
            this.clientId = clientId;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        public AuditEvent build(Instant occurredAt, String sourceAddress) {
            this.occurredAt = occurredAt;
            this.sourceAddress = sourceAddress;
            return new AuditEvent(this);
        }
    }
}
