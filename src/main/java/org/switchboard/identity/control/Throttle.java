package org.switchboard.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How failed sign-ins hold back further attempts: a number of free failures, then a wait before the
 * next attempt that doubles with every further failure, up to a ceiling. Failures are forgotten
 * after a quiet period with none, so a person who waits starts afresh.
 */
public record Throttle(int freeFailures, Duration firstWait, Duration longestWait, Duration forgetAfter) {

    /** What is stored per address, or per login and address, between attempts. */
    public record State(int failures, Instant lastFailureAt, Instant blockedUntil) {

        public static final State NONE = new State(0, null, null);
    }

    public Throttle {
        if (freeFailures < 0 || firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0
                || forgetAfter.isNegative() || forgetAfter.isZero()) {
            throw new IllegalArgumentException("A throttle needs positive waits, the longest no shorter than the first");
        }
        Objects.requireNonNull(forgetAfter);
    }

    public boolean blocks(State state, Instant now) {
        return state.blockedUntil() != null && now.isBefore(state.blockedUntil());
    }

    public State afterFailure(State state, Instant now) {
        boolean forgotten = state.lastFailureAt() == null || !now.isBefore(state.lastFailureAt().plus(forgetAfter));
        int failures = (forgotten ? 0 : state.failures()) + 1;
        if (failures <= freeFailures) {
            return new State(failures, now, null);
        }
        return new State(failures, now, now.plus(waitAfter(failures - freeFailures)));
    }

    /** The wait after the n-th failure beyond the free ones: first, twice that, four times... */
    private Duration waitAfter(int beyondFree) {
        Duration wait = firstWait;
        for (int i = 1; i < beyondFree && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
