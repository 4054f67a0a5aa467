package org.switchboard.identity.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginLockoutTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");
    private final LoginLockout lockout = new LoginLockout(5, Duration.ofMinutes(15));

    private LoginLockout.State fail(int times, Instant at) {
        LoginLockout.State state = new LoginLockout.State(0, null);
        for (int i = 0; i < times; i++) {
            state = lockout.afterFailure(state, at);
        }
        return state;
    }

    @Test
    void fourFailuresDoNotLock() {
        LoginLockout.State state = fail(4, NOON);
        assertEquals(4, state.failedLogins());
        assertNull(state.lockedUntil());
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        LoginLockout.State state = fail(5, NOON);
        assertEquals(NOON.plus(Duration.ofMinutes(15)), state.lockedUntil());
        assertTrue(lockout.isLocked(state.lockedUntil(), NOON.plusSeconds(14 * 60 + 59)));
    }

    @Test
    void theLockLiftsExactlyWhenItsTimeIsUp() {
        LoginLockout.State state = fail(5, NOON);
        assertFalse(lockout.isLocked(state.lockedUntil(), NOON.plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        LoginLockout.State locked = fail(5, NOON);
        LoginLockout.State again = lockout.afterFailure(locked, NOON.plus(Duration.ofMinutes(10)));
        assertEquals(locked, again);
    }

    @Test
    void afterTheLockLapsesThePersonGetsAFreshSetOfTries() {
        LoginLockout.State locked = fail(5, NOON);
        LoginLockout.State next = lockout.afterFailure(locked, NOON.plus(Duration.ofMinutes(16)));
        assertEquals(1, next.failedLogins());
        assertNull(next.lockedUntil());
    }

    @Test
    void aPolicyWithoutTriesOrDurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LoginLockout(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginLockout(5, Duration.ZERO));
    }
}
