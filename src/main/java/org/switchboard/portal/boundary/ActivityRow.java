package org.switchboard.portal.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One event of the portal-wide activity feed, with the client it happened in. */
public record ActivityRow(long id, Instant occurredAt, long clientId, String clientName, String firstName,
                          String lastName, String summary)
        implements Serializable {

    /** Who did it; none for sample data. */
    public String who() {
        return firstName == null ? "" : firstName + " " + lastName;
    }
}
