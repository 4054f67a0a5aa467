package org.switchboard.webhook.control;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: soon at first (a receiver restarting), then less and
 * less often, over about a day and a half in all: the schedule Standard Webhooks senders use.
 */
public final class RetrySchedule {

    /** The waits after the 1st, 2nd, … failed attempt; after the last, the delivery has failed. */
    static final List<Duration> WAITS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));

    /** Attempts a delivery gets, the first one included. */
    public static final int ATTEMPTS = WAITS.size() + 1;

    private RetrySchedule() {
    }

    /** How long to wait after this many failed attempts, or empty when they are all used up. */
    public static Optional<Duration> waitAfter(int failedAttempts) {
        return failedAttempts >= 1 && failedAttempts <= WAITS.size()
                ? Optional.of(WAITS.get(failedAttempts - 1)) : Optional.empty();
    }
}
