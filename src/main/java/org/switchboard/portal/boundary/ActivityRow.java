package org.switchboard.portal.boundary;

import org.switchboard.client.boundary.Who;

import java.io.Serializable;
import java.time.Instant;

/** One event of the portal-wide activity feed, with the client it happened in. */
public record ActivityRow(long id, Instant occurredAt, long clientId, String clientName, String firstName,
                          String lastName, String actingFirstName, String actingLastName, String summary)
        implements Serializable {

    /** Who did it; none for sample data. */
    public String who() {
        return Who.describe(firstName, lastName, actingFirstName, actingLastName);
    }
}
