package org.switchboard.api.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.switchboard.account.boundary.PortalPermissions;
import org.switchboard.api.entity.ApiScope;
import org.switchboard.api.entity.ApiToken;
import org.switchboard.audit.boundary.AuditLog;
import org.switchboard.audit.entity.AuditEvent;
import org.switchboard.audit.entity.AuditType;
import org.switchboard.identity.control.Tokens;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.Refused;
import org.switchboard.platform.kernel.Shown;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * A portal's API tokens: made, listed and revoked by its admins in Setup, and checked on every API
 * request. A token is its secret's SHA-256 in the database and nothing else, so a copy of the
 * database calls no API; the secret is shown once, when it is made.
 */
@Stateless
public class ApiTokens {

    /** What every secret starts with, so that a leaked one is recognised (by people and by secret scanners). */
    public static final String PREFIX = "swb_";
    /** The longest a token may live. */
    public static final int MOST_DAYS = 366;
    /** Active tokens a portal may hold at once. */
    public static final int MOST_ACTIVE = 50;
    private static final int HINT_LENGTH = PREFIX.length() + 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalPermissions permissions;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A token just made: its secret, which is shown this once. */
    public record Issued(long id, String secret) {
    }

    /** A token as Setup lists it. */
    public record TokenRow(long id, String name, String hint, Set<ApiScope> scopes, String owner, Instant createdAt,
                           Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String lastUsedFrom, boolean usable) {

        public String scopeCodes() {
            return ApiScope.join(scopes);
        }
    }

    /**
     * Makes a token for the admin, valid through the end of {@code lastDay} (UTC). It acts with the
     * admin's own rights in the portal, whatever those are when it is used.
     */
    public Issued create(long portalId, long adminUserId, String name, Set<ApiScope> scopes, LocalDate lastDay) {
        permissions.requireAdmin(adminUserId, portalId, "Only the portal's admins make API tokens.");
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new Refused("Give the token a name of at most 100 characters, such as the system that will use it.");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new Refused("Choose at least one scope: what the token may be used for.");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (lastDay == null || lastDay.isBefore(today) || lastDay.isAfter(today.plusDays(MOST_DAYS))) {
            throw new Refused("Choose an expiry date from today to " + Shown.day(today.plusDays(MOST_DAYS)) + ".");
        }
        if (activeCount(portalId, now) >= MOST_ACTIVE) {
            throw new Refused("The portal has " + MOST_ACTIVE + " working tokens, the most it may have; revoke one first.");
        }
        String secret = PREFIX + Tokens.newToken();
        Instant expiresAt = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        ApiToken token = new ApiToken(portalId, adminUserId, trimmed, Tokens.hash(secret),
                secret.substring(0, HINT_LENGTH), scopes, now, expiresAt);
        em.persist(token);
        em.flush();
        audit.record(AuditEvent.of(AuditType.API_TOKEN_CREATED).actor(adminUserId).portal(portalId).subject(trimmed)
                .detail(token.getHint() + "…, " + ApiScope.join(scopes) + ", expires " + Shown.day(lastDay)));
        return new Issued(token.getId(), secret);
    }

    /** Today in UTC, the calendar of token expiry dates. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Every token of the portal, the working ones first, newest first; for its admins. */
    public List<TokenRow> ofPortal(long portalId, long adminUserId) {
        permissions.requireAdmin(adminUserId, portalId, "Only the portal's admins see its API tokens.");
        Instant now = clock.instant();
        List<Object[]> rows = em.createQuery("select t, u.firstName, u.lastName from ApiToken t, User u "
                        + "where t.portalId = :portal and u.id = t.ownerUserId order by t.createdAt desc, t.id desc", Object[].class)
                .setParameter("portal", portalId)
                .getResultList();
        return rows.stream().map(row -> {
            ApiToken token = (ApiToken) row[0];
            return new TokenRow(token.getId(), token.getName(), token.getHint(), token.getScopes(), row[1] + " " + row[2],
                    token.getCreatedAt(), token.getExpiresAt(), token.getRevokedAt(), token.getLastUsedAt(),
                    token.getLastUsedFrom(), token.usableAt(now));
        }).sorted((a, b) -> Boolean.compare(b.usable(), a.usable())).toList();
    }

    /** Stops a token of the portal at once; revoking a revoked token changes nothing. */
    public void revoke(long portalId, long adminUserId, long tokenId) {
        permissions.requireAdmin(adminUserId, portalId, "Only the portal's admins revoke API tokens.");
        ApiToken token = em.find(ApiToken.class, tokenId, LockModeType.PESSIMISTIC_WRITE);
        if (token == null || token.getPortalId() != portalId) {
            throw new NotFound("No such API token in your portal.");
        }
        if (token.getRevokedAt() != null) {
            return;
        }
        token.revoke(adminUserId, clock.instant());
        audit.record(AuditEvent.of(AuditType.API_TOKEN_REVOKED).actor(adminUserId).portal(portalId)
                .subject(token.getName()).detail(token.getHint() + "…"));
    }

    /**
     * Checks an API request's secret and counts the request against the token's minute. The token's
     * row is locked while it is counted, so servers sharing the database count the same requests.
     * A token works while it is neither revoked nor expired and its owner is still an active member
     * of the portal: deactivating the owner stops it at the next request.
     */
    public TokenCheck check(String secret, String from) {
        if (secret == null || !secret.startsWith(PREFIX) || !Tokens.wellFormed(secret.substring(PREFIX.length()))) {
            return new TokenCheck.Rejected("not a Switchboard API token");
        }
        List<ApiToken> found = em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", Tokens.hash(secret))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Instant now = clock.instant();
        if (found.isEmpty()) {
            return new TokenCheck.Rejected("no such token");
        }
        ApiToken token = found.get(0);
        if (!token.usableAt(now)) {
            return new TokenCheck.Rejected(token.getRevokedAt() != null ? "token revoked" : "token expired");
        }
        if (!permissions.isMember(token.getOwnerUserId(), token.getPortalId())) {
            return new TokenCheck.Rejected("the token's owner is no longer a member of the portal");
        }
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        long secondsToReset = Math.max(1, ChronoUnit.SECONDS.between(now, minute.plus(1, ChronoUnit.MINUTES)));
        if (!token.count(minute)) {
            return new TokenCheck.Limited(token.getRequestsPerMinute(), secondsToReset);
        }
        if (token.getLastUsedAt() == null) {
            audit.record(AuditEvent.of(AuditType.API_TOKEN_FIRST_USED).actor(token.getOwnerUserId())
                    .portal(token.getPortalId()).subject(token.getName()).detail(token.getHint() + "…"));
        }
        token.used(now, from);
        return new TokenCheck.Allowed(new ApiCaller(token.getId(), token.getPortalId(), token.getOwnerUserId(),
                token.getScopes(), token.getRequestsPerMinute(), token.requestsLeft(), secondsToReset));
    }

    private long activeCount(long portalId, Instant now) {
        return em.createQuery("select count(t) from ApiToken t where t.portalId = :portal and t.revokedAt is null "
                        + "and t.expiresAt > :now", Long.class)
                .setParameter("portal", portalId).setParameter("now", now).getSingleResult();
    }
}
