package org.switchboard.client.boundary;

import org.switchboard.client.entity.Stage;

import java.io.Serializable;
import java.time.Instant;

/** A candidate of another client of the portal, as shared with this one: where they are there. */
public record SharedCandidate(long id, String fullName, String email, Stage stage, Instant appliedAt,
                              long sourceClientId, String sourceClientName, String jobTitle) implements Serializable {
}
