package org.switchboard.access.control;

import org.junit.jupiter.api.Test;
import org.switchboard.platform.tenancy.EndReason;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VisitLimitsTest {

    private static final Instant START = Instant.parse("2026-11-25T09:00:00Z");
    private final VisitLimits limits = new VisitLimits(Duration.ofMinutes(30), Duration.ofHours(4));
    private final Instant expires = limits.expiresAt(START);

    @Test
    void aVisitLastsWhileItIsUsedUpToItsLimit() {
        assertEquals(Instant.parse("2026-11-25T13:00:00Z"), expires);
        assertEquals(Optional.empty(), limits.overAt(START, expires, START.plus(Duration.ofMinutes(29))));
        assertEquals(Optional.of(EndReason.IDLE), limits.overAt(START, expires, START.plus(Duration.ofMinutes(30))),
                "thirty minutes idle ends it, to the minute");
        Instant lastSeen = START.plus(Duration.ofMinutes(220));
        assertEquals(Optional.empty(), limits.overAt(lastSeen, expires, START.plus(Duration.ofMinutes(239))));
        assertEquals(Optional.of(EndReason.TIME_LIMIT), limits.overAt(lastSeen, expires, expires),
                "however busy, four hours is the end");
    }

    @Test
    void whenBothHavePassedTheLimitIsTheReason() {
        Instant lastSeen = START.plus(Duration.ofMinutes(200));
        assertEquals(Optional.of(EndReason.TIME_LIMIT), limits.overAt(lastSeen, expires, expires.plus(Duration.ofHours(1))));
    }

    @Test
    void theBannerCountsDownToTheEarlierEnd() {
        assertEquals(START.plus(Duration.ofMinutes(30)), limits.endsAt(START, expires));
        assertEquals(expires, limits.endsAt(START.plus(Duration.ofMinutes(225)), expires), "the limit comes first");
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new VisitLimits(Duration.ZERO, Duration.ofHours(4)));
        assertThrows(IllegalArgumentException.class, () -> new VisitLimits(Duration.ofMinutes(30), Duration.ofMinutes(-1)));
    }
}
