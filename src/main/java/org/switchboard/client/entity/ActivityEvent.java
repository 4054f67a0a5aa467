package org.switchboard.client.entity;

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

/** Something that happened in a client account: who, what, when. Append-only. */
@Entity
@EntityListeners(AppendOnly.class)
@Table(name = "activity_event")
public class ActivityEvent {

    @Id
    @SequenceGenerator(name = "activity_event_seq", sequenceName = "activity_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(name = "portal_id", updatable = false)
    private Long portalId;

    @Column(name = "actor_user_id", updatable = false)
    private Long actorUserId;

    @Column(name = "effective_user_id", updatable = false)
    private Long effectiveUserId;

    /** The partner visit this happened in, if any. */
    @Column(name = "access_session_id", updatable = false)
    private Long accessSessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ActivityType type;

    @Column(nullable = false, updatable = false)
    private String summary;

    protected ActivityEvent() {
    }

    public ActivityEvent(Instant occurredAt, long clientId, Long portalId, Long actorUserId, ActivityType type,
                         String summary) {
        this.occurredAt = occurredAt;
        this.clientId = clientId;
        this.portalId = portalId;
        this.actorUserId = actorUserId;
        this.type = type;
        this.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
    }

    /**
     * Done during a partner's visit: the real person is the actor, the person acted as is the
     * effective user, and the visit is named.
     */
    public ActivityEvent duringVisit(long realUserId, long effectiveUserId, long accessSessionId) {
        this.actorUserId = realUserId;
        this.effectiveUserId = effectiveUserId;
        this.accessSessionId = accessSessionId;
        return this;
    }

    public Long getEffectiveUserId() {
        return effectiveUserId;
    }

    public Long getAccessSessionId() {
        return accessSessionId;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getClientId() {
        return clientId;
    }

    public Long getActorUserId() {
        return actorUserId;
    }

    public ActivityType getType() {
        return type;
    }

    public String getSummary() {
        return summary;
    }
}
