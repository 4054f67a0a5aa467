package org.switchboard.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.switchboard.platform.tenancy.EndReason;

import java.time.Instant;

/**
 * One "sign in as" visit: who entered which client, as whom, when, from where, and how it ended.
 * Only its last-seen time and its ending ever change, and it is never deleted: it is the record
 * the client and the portal admin read back.
 */
@Entity
@Table(name = "access_session")
public class AccessSession {

    @Id
    @SequenceGenerator(name = "access_session_seq", sequenceName = "access_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_session_seq")
    private Long id;

    @Column(name = "real_user_id", nullable = false, updatable = false)
    private long realUserId;

    @Column(name = "portal_id", nullable = false, updatable = false)
    private long portalId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AccessMode mode;

    @Column(name = "effective_user_id", nullable = false, updatable = false)
    private long effectiveUserId;

    @Column(updatable = false)
    private String reason;

    /** The portal user may not open the client's Settings, whoever they act as. */
    @Column(nullable = false, updatable = false)
    private boolean restricted;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    @Column(name = "source_address", updatable = false)
    private String sourceAddress;

    protected AccessSession() {
    }

    public AccessSession(long realUserId, long portalId, long clientId, AccessMode mode, long effectiveUserId,
                         String reason, boolean restricted, Instant startedAt, Instant expiresAt, String sourceAddress) {
        this.realUserId = realUserId;
        this.portalId = portalId;
        this.clientId = clientId;
        this.mode = mode;
        this.effectiveUserId = effectiveUserId;
        this.reason = reason;
        this.restricted = restricted;
        this.startedAt = startedAt;
        this.lastSeenAt = startedAt;
        this.expiresAt = expiresAt;
        this.sourceAddress = sourceAddress == null || sourceAddress.length() <= 64 ? sourceAddress
                : sourceAddress.substring(0, 64);
    }

    @PreRemove
    void refuseRemoval() {
        throw new IllegalStateException("Access sessions are never deleted");
    }

    /** Ends the visit once; a visit that has ended stays as it ended. */
    public boolean end(EndReason why, Instant at) {
        if (endedAt != null) {
            return false;
        }
        this.endedAt = at;
        this.endReason = why;
        return true;
    }

    public Long getId() {
        return id;
    }

    public long getRealUserId() {
        return realUserId;
    }

    public long getPortalId() {
        return portalId;
    }

    public long getClientId() {
        return clientId;
    }

    public AccessMode getMode() {
        return mode;
    }

    public long getEffectiveUserId() {
        return effectiveUserId;
    }

    public String getReason() {
        return reason;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public boolean isOpen() {
        return endedAt == null;
    }
}
