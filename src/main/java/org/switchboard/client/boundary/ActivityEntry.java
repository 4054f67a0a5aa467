package org.switchboard.client.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One line of an account's activity: when, who (none for sample data and jobs), and what. */
public record ActivityEntry(long id, Instant occurredAt, String firstName, String lastName, String summary)
        implements Serializable {

    public String who() {
        return firstName == null ? "" : firstName + " " + lastName;
    }
}
