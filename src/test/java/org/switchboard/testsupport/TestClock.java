package org.switchboard.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Replaces the application's clock in in-container tests with one that runs with real time but can
 * be moved forward, e.g. past a login lock, or stopped. Beans keep the clock they were given, so the shift is
 * held here, not in a new Clock.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class TestClock {

    private static volatile Duration shift = Duration.ZERO;

    private static volatile Instant stopped;

    private static final Clock SHIFTABLE = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant at = stopped;
            return (at == null ? Instant.now() : at).plus(shift);
        }
    };

    @Produces
    Clock clock() {
        return SHIFTABLE;
    }

    public static void advance(Duration by) {
        shift = shift.plus(by);
    }

    /** The shifted time, as the application's clock tells it. */
    public static java.time.Instant now() {
        return SHIFTABLE.instant();
    }

    /** Stops the clock where it is, until {@link #reset()}: waits that pass with real time then never do. */
    public static void stop() {
        stopped = Instant.now();
    }

    public static void reset() {
        shift = Duration.ZERO;
        stopped = null;
    }
}
