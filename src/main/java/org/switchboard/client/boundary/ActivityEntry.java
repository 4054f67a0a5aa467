package org.switchboard.client.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of an account's activity: when, who (none for sample data and jobs), and what. Done
 * during a partner visit as a client user, it names both the partner and the user acted as.
 */
public record ActivityEntry(long id, Instant occurredAt, String firstName, String lastName, String actingFirstName,
                            String actingLastName, String summary) implements Serializable {

    public String who() {
        return Who.describe(firstName, lastName, actingFirstName, actingLastName);
    }
}
