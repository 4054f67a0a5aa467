package org.switchboard.identity.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThrottleTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    private final Throttle throttle = new Throttle(4, Duration.ofMinutes(15), Duration.ofHours(4), Duration.ofDays(1));

    private Throttle.State fail(Throttle.State from, int times, Instant at) {
        Throttle.State state = from;
        for (int i = 0; i < times; i++) {
            state = throttle.afterFailure(state, at);
        }
        return state;
    }

    @Test
    void theFreeFailuresHoldNothingBack() {
        Throttle.State state = fail(Throttle.State.NONE, 4, NOON);
        assertEquals(4, state.failures());
        assertNull(state.blockedUntil());
        assertFalse(throttle.blocks(state, NOON));
    }

    @Test
    void theNextFailureWaitsTheFirstWaitAndEachFurtherOneTwiceAsLongUpToTheLongest() {
        Throttle.State fifth = fail(Throttle.State.NONE, 5, NOON);
        assertEquals(NOON.plus(Duration.ofMinutes(15)), fifth.blockedUntil());
        assertTrue(throttle.blocks(fifth, NOON.plusSeconds(15 * 60 - 1)));
        assertFalse(throttle.blocks(fifth, NOON.plus(Duration.ofMinutes(15))), "the wait ends exactly when its time is up");

        Instant later = NOON.plus(Duration.ofMinutes(15));
        assertEquals(later.plus(Duration.ofMinutes(30)), throttle.afterFailure(fifth, later).blockedUntil());
        Throttle.State many = fail(fifth, 20, later);
        assertEquals(later.plus(Duration.ofHours(4)), many.blockedUntil(), "never longer than the longest wait");
    }

    @Test
    void aQuietDayForgetsTheFailures() {
        Throttle.State held = fail(Throttle.State.NONE, 5, NOON);
        Throttle.State nextDay = throttle.afterFailure(held, NOON.plus(Duration.ofDays(1)));
        assertEquals(1, nextDay.failures());
        assertNull(nextDay.blockedUntil());
    }

    @Test
    void aThrottleNeedsPositiveWaits() {
        assertThrows(IllegalArgumentException.class, () -> new Throttle(1, Duration.ZERO, Duration.ofMinutes(1), Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new Throttle(1, Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofDays(1)));
    }
}
