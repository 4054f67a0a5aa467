package org.switchboard.platform.tenancy;

/** What every request needs to know about the signed-in person, read fresh each time. */
public record PersonState(long userId, String email, String displayName, boolean active,
                          boolean mustChangePassword, boolean operator, java.time.Instant passwordSetAt,
                          java.time.Instant sessionsEndedAt) {
}
