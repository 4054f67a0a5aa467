package org.switchboard.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Locks a login after too many wrong passwords in a row. The lock lifts by itself when its time is
 * up, and the count then starts again from nothing, so a person who waits gets a fresh set of tries.
 */
public final class LoginLockout {

    /** What is stored on the user between attempts. */
    public record State(int failedLogins, Instant lockedUntil) {
    }

    private final int maxFailures;
    private final Duration lockDuration;

    public LoginLockout(int maxFailures, Duration lockDuration) {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("A lockout needs at least one try and a positive duration");
        }
        this.maxFailures = maxFailures;
        this.lockDuration = Objects.requireNonNull(lockDuration);
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockDuration() {
        return lockDuration;
    }

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public State afterFailure(State current, Instant now) {
        if (isLocked(current.lockedUntil(), now)) {
            return current;
        }
        boolean lockHasLapsed = current.lockedUntil() != null;
        int failures = (lockHasLapsed ? 0 : current.failedLogins()) + 1;
        if (failures >= maxFailures) {
            return new State(failures, now.plus(lockDuration));
        }
        return new State(failures, null);
    }
}
