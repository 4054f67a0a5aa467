package org.switchboard.portal.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** An open job on the Welcome page, with its client. */
public record OpenJobRow(long jobId, String title, long clientId, String clientName, Instant openedAt, int candidates)
        implements Serializable {

    public long daysOpen(Instant now) {
        return Math.max(0, Duration.between(openedAt, now).toDays());
    }
}
