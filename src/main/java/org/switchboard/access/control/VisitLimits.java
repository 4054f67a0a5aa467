package org.switchboard.access.control;

import org.switchboard.platform.tenancy.EndReason;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a partner visit lasts: it ends after a stretch of idleness or at a hard limit from its
 * start, whichever comes first (30 minutes and 4 hours unless configured otherwise).
 */
public record VisitLimits(Duration idle, Duration limit) {

    public VisitLimits {
        if (idle.isNegative() || idle.isZero() || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("Visit limits must be positive: idle " + idle + ", limit " + limit);
        }
    }

    public Instant expiresAt(Instant startedAt) {
        return startedAt.plus(limit);
    }

    /** When the visit ends if nothing more happens; also the time an abandoned visit is recorded as ended. */
    public Instant endsAt(Instant lastSeenAt, Instant expiresAt) {
        Instant idleEnd = lastSeenAt.plus(idle);
        return idleEnd.isBefore(expiresAt) ? idleEnd : expiresAt;
    }

    /** Why the visit is over at {@code now}, if it is: the hard limit wins when both have passed. */
    public Optional<EndReason> overAt(Instant lastSeenAt, Instant expiresAt, Instant now) {
        if (!now.isBefore(expiresAt)) {
            return Optional.of(EndReason.TIME_LIMIT);
        }
        if (!now.isBefore(lastSeenAt.plus(idle))) {
            return Optional.of(EndReason.IDLE);
        }
        return Optional.empty();
    }
}
