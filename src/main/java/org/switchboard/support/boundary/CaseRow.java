package org.switchboard.support.boundary;

import org.switchboard.support.entity.CasePriority;
import org.switchboard.support.entity.CaseStatus;

import java.io.Serializable;
import java.time.Instant;

/** One support case in a list. */
public record CaseRow(long id, long clientId, String clientName, String subject, CasePriority priority, CaseStatus status,
                      Instant openedAt, Instant updatedAt) implements Serializable {
}
