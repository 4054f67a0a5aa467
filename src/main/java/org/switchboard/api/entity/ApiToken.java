package org.switchboard.api.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Set;

/**
 * A portal admin's key to the partner API. The secret is given out once and kept only as its
 * SHA-256; {@link #hint} (its first characters) lets the admin tell tokens apart in the list. The
 * token acts with its owner's rights in the portal, narrowed to its scopes, until it expires or is
 * revoked. Its rate-limit window is counted on this row by {@code ApiTokens} in one UPDATE.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** Requests a minute a new token may make. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Column(name = "portal_id", updatable = false)
    private long portalId;

    @Column(name = "owner_user_id", updatable = false)
    private long ownerUserId;

    @Column(updatable = false)
    private String name;

    @Column(name = "token_hash", updatable = false)
    private String tokenHash;

    @Column(updatable = false)
    private String hint;

    @Column(updatable = false)
    private String scopes;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by_user_id")
    private Long revokedByUserId;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "last_used_from")
    private String lastUsedFrom;

    @Column(name = "requests_per_minute")
    private int requestsPerMinute = DEFAULT_REQUESTS_PER_MINUTE;

    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "window_requests")
    private int windowRequests;

    @Version
    private long version;

    protected ApiToken() {
    }

    public ApiToken(long portalId, long ownerUserId, String name, String tokenHash, String hint, Set<ApiScope> scopes,
                    Instant createdAt, Instant expiresAt) {
        this.portalId = portalId;
        this.ownerUserId = ownerUserId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.hint = hint;
        this.scopes = ApiScope.join(scopes);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(long byUserId, Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now;
            this.revokedByUserId = byUserId;
        }
    }

    /**
     * Counts one request in the minute that starts at {@code minute}; false, and nothing counted,
     * when the minute's requests are used up. The caller holds the row's lock.
     */
    public boolean count(Instant minute) {
        if (!minute.equals(windowStart)) {
            windowStart = minute;
            windowRequests = 0;
        }
        if (windowRequests >= requestsPerMinute) {
            return false;
        }
        windowRequests++;
        return true;
    }

    /** Requests left in the current minute. */
    public int requestsLeft() {
        return Math.max(0, requestsPerMinute - windowRequests);
    }

    public void used(Instant now, String from) {
        this.lastUsedAt = now;
        this.lastUsedFrom = from == null || from.length() <= 64 ? from : from.substring(0, 64);
    }

    public Long getId() {
        return id;
    }

    public long getPortalId() {
        return portalId;
    }

    public long getOwnerUserId() {
        return ownerUserId;
    }

    public String getName() {
        return name;
    }

    public String getHint() {
        return hint;
    }

    public Set<ApiScope> getScopes() {
        return ApiScope.split(scopes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public String getLastUsedFrom() {
        return lastUsedFrom;
    }

    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }
}
