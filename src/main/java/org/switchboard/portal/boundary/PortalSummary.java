package org.switchboard.portal.boundary;

import org.switchboard.portal.entity.PortalKind;
import org.switchboard.portal.entity.Verification;

import java.time.Instant;

/** One row of the operator's list of portals. */
public record PortalSummary(long id, String name, PortalKind kind, Verification verification, Instant createdAt,
                            long clients, boolean candidateSharing) {
}
